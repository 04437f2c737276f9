namespace CareerCms.Web.DeliveryApi.Output.Expansion;

/// <summary>
/// Where rendering stands in the <c>expand</c> and <c>fields</c> trees: at the top of an item these are the trees'
/// roots; for a property they are the nodes its alias selected (null when nothing selected it).
/// </summary>
/// <param name="Expand">The expand node; null means "do not expand" (nested items render <c>"properties": {}</c>).</param>
/// <param name="Fields">The fields node; null or childless means "no limit below here".</param>
public readonly record struct OutputExpansionScope(OutputExpansionNode? Expand, OutputExpansionNode? Fields)
{
    /// <summary>The scope of a top-level item.</summary>
    public static OutputExpansionScope ForItem(OutputExpansion expand, OutputExpansion fields)
    {
        ArgumentNullException.ThrowIfNull(expand);
        ArgumentNullException.ThrowIfNull(fields);
        return new OutputExpansionScope(expand.Root, fields.Root);
    }

    /// <summary>True when the value of this property is expanded (a picked item renders its properties).</summary>
    public bool IsExpanding => Expand is not null;

    /// <summary>True when <c>fields</c> lets the property through at this level.</summary>
    public bool Includes(string propertyAlias) =>
        Fields is null || Fields.Children.Count == 0 || OutputExpansion.Next(Fields, propertyAlias) is not null;

    /// <summary>The scope one level down, for a property of the item or element at this level.</summary>
    public OutputExpansionScope ForProperty(string propertyAlias) =>
        new(OutputExpansion.Next(Expand, propertyAlias), OutputExpansion.Next(Fields, propertyAlias));
}
