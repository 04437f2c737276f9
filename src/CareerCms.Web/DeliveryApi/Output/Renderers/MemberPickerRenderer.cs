using System.Text.Json.Nodes;

namespace CareerCms.Web.DeliveryApi.Output.Renderers;

/// <summary>
/// Member picker: Umbraco never outputs member data through the Delivery API, so a picked member renders the string
/// <c>"(unsupported)"</c> (null when nothing is picked), never the stored member reference.
/// </summary>
internal sealed class MemberPickerRenderer : IBuiltInPropertyRenderer
{
    /// <summary>Umbraco's member picker editor alias (CareerCms has no members, but imported schemas may use it).</summary>
    public const string EditorAlias = "Umbraco.MemberPicker";

    public bool CanRender(string editorAlias) => editorAlias == EditorAlias;

    public JsonNode? Render(PropertyRenderContext context) => context.HasValue ? JsonValue.Create("(unsupported)") : null;
}
