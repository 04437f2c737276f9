using Umbraco.Cms.Core.Models;

namespace CareerCms.Web.Content.Editors;

/// <summary>The property editors this runtime knows, by Umbraco's editor aliases, with their storage type.</summary>
public static class EditorCatalog
{
    public const string TextBox = "Umbraco.TextBox";
    public const string TextArea = "Umbraco.TextArea";
    public const string RichText = "Umbraco.RichText";
    public const string Integer = "Umbraco.Integer";
    public const string Decimal = "Umbraco.Decimal";
    public const string TrueFalse = "Umbraco.TrueFalse";
    public const string Tags = "Umbraco.Tags";
    public const string DropDownFlexible = "Umbraco.DropDown.Flexible";
    public const string CheckBoxList = "Umbraco.CheckBoxList";
    public const string RadioButtonList = "Umbraco.RadioButtonList";
    public const string DateTime = "Umbraco.DateTime";
    public const string ContentPicker = "Umbraco.ContentPicker";
    public const string MultiNodeTreePicker = "Umbraco.MultiNodeTreePicker";
    public const string MediaPicker3 = "Umbraco.MediaPicker3";
    public const string BlockList = "Umbraco.BlockList";
    public const string MultiUrlPicker = "Umbraco.MultiUrlPicker";
    public const string EmailAddress = "Umbraco.EmailAddress";
    public const string ColorPicker = "Umbraco.ColorPicker";
    public const string Label = "Umbraco.Label";

    private static readonly Dictionary<string, ValueStorageType> StorageTypes = new(StringComparer.Ordinal)
    {
        [TextBox] = ValueStorageType.Nvarchar,
        [TextArea] = ValueStorageType.Ntext,
        [RichText] = ValueStorageType.Ntext,
        [Integer] = ValueStorageType.Integer,
        [Decimal] = ValueStorageType.Decimal,
        [TrueFalse] = ValueStorageType.Integer,
        [Tags] = ValueStorageType.Ntext,
        [DropDownFlexible] = ValueStorageType.Nvarchar,
        [CheckBoxList] = ValueStorageType.Nvarchar,
        [RadioButtonList] = ValueStorageType.Nvarchar,
        [DateTime] = ValueStorageType.Date,
        [ContentPicker] = ValueStorageType.Nvarchar,
        [MultiNodeTreePicker] = ValueStorageType.Ntext,
        [MediaPicker3] = ValueStorageType.Ntext,
        [BlockList] = ValueStorageType.Ntext,
        [MultiUrlPicker] = ValueStorageType.Ntext,
        [EmailAddress] = ValueStorageType.Nvarchar,
        [ColorPicker] = ValueStorageType.Nvarchar,
        [Label] = ValueStorageType.Nvarchar,
    };

    /// <summary>Every supported editor alias.</summary>
    public static IReadOnlyCollection<string> Aliases => StorageTypes.Keys;

    /// <summary>True when the runtime can store, validate and render this editor.</summary>
    public static bool IsKnown(string editorAlias) => StorageTypes.ContainsKey(editorAlias);

    /// <summary>How Umbraco stores values of this editor (drives Core's value conversion on IContent).</summary>
    public static ValueStorageType StorageType(string editorAlias) =>
        StorageTypes.TryGetValue(editorAlias, out var type) ? type : ValueStorageType.Ntext;
}
