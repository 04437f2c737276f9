using CareerCms.Web.Content.Editors;
using CareerCms.Web.Content.Schema;

namespace CareerCms.Web.Tests.DeliveryApi.Output.Support;

/// <summary>
/// A schema modelled on the starter uSync files: a careers root and skills root, a "career" type with one property
/// per editor (plus an "seo" composition), a "skill" type, and the block elements "skillRequirement" (content),
/// "blockSettings" (settings) and "callout" (rich text block).
/// </summary>
public static class OutputTestSchema
{
    public static readonly Guid CareersRootType = Guid.Parse("10000000-0000-0000-0000-000000000001");
    public static readonly Guid CareerType = Guid.Parse("10000000-0000-0000-0000-000000000002");
    public static readonly Guid SkillsRootType = Guid.Parse("10000000-0000-0000-0000-000000000003");
    public static readonly Guid SkillType = Guid.Parse("10000000-0000-0000-0000-000000000004");
    public static readonly Guid SkillRequirementType = Guid.Parse("8dfb6863-1e1a-426c-a35b-c5e14a87f8cd");
    public static readonly Guid BlockSettingsType = Guid.Parse("10000000-0000-0000-0000-000000000005");
    public static readonly Guid CalloutType = Guid.Parse("10000000-0000-0000-0000-000000000006");
    public static readonly Guid SeoType = Guid.Parse("10000000-0000-0000-0000-000000000007");

    /// <summary>Career properties in declaration order: alias, editor, data type configuration.</summary>
    public static readonly (string Alias, string Editor, string Config)[] CareerProperties =
    [
        ("summary", EditorCatalog.TextBox, """{"maxChars":512}"""),
        ("notes", EditorCatalog.TextArea, "{}"),
        ("contactEmail", EditorCatalog.EmailAddress, "{}"),
        ("description", EditorCatalog.RichText, $$"""{"blocks":[{"contentElementTypeKey":"{{CalloutType}}"}]}"""),
        ("growthRate", EditorCatalog.Integer, "{}"),
        ("averageRating", EditorCatalog.Decimal, "{}"),
        ("remoteFriendly", EditorCatalog.TrueFalse, "{}"),
        ("keywords", EditorCatalog.Tags, """{"group":"default","storageType":"Json"}"""),
        ("experienceLevel", EditorCatalog.DropDownFlexible, """{"items":["Entry","Mid","Senior"],"multiple":false}"""),
        ("workModes", EditorCatalog.DropDownFlexible, """{"items":["Remote","Hybrid","Office"],"multiple":true}"""),
        ("benefits", EditorCatalog.CheckBoxList, """{"items":["Pension","Gym","Bonus"]}"""),
        ("seniority", EditorCatalog.RadioButtonList, """{"items":["Junior","Senior"]}"""),
        ("openedOn", EditorCatalog.DateTime, """{"format":"YYYY-MM-DD HH:mm:ss"}"""),
        ("featuredSkill", EditorCatalog.ContentPicker, "{}"),
        ("relatedCareers", EditorCatalog.MultiNodeTreePicker, """{"maxNumber":0,"minNumber":0,"startNode":{"type":"content"}}"""),
        ("heroImage", EditorCatalog.MediaPicker3, """{"multiple":false,"crops":[{"alias":"wide","width":1200,"height":600},{"alias":"square","width":400,"height":400}]}"""),
        ("gallery", EditorCatalog.MediaPicker3, """{"multiple":true}"""),
        ("requiredSkills", EditorCatalog.BlockList, $$"""{"blocks":[{"contentElementTypeKey":"{{SkillRequirementType}}","settingsElementTypeKey":"{{BlockSettingsType}}"}]}"""),
        ("links", EditorCatalog.MultiUrlPicker, """{"maxNumber":0,"minNumber":0}"""),
        ("brandColor", EditorCatalog.ColorPicker, """{"useLabel":false}"""),
        ("labelledColor", EditorCatalog.ColorPicker, """{"useLabel":true}"""),
        ("externalId", EditorCatalog.Label, """{"umbracoDataValueType":"INT"}"""),
        ("accountManager", "Umbraco.MemberPicker", "{}"),
        ("rating", "Acme.StarRating", "{}"),
    ];

    public static InMemoryDeliveryApiSchema Create()
    {
        var schema = new InMemoryDeliveryApiSchema();
        var career = CareerProperties.Select(p => Property(schema, p.Alias, p.Editor, p.Config)).ToList();
        var text = Property(schema, "title", EditorCatalog.TextBox, "{}").DataTypeKey;
        var picker = Property(schema, "picker", EditorCatalog.ContentPicker, "{}").DataTypeKey;
        var integer = Property(schema, "number", EditorCatalog.Integer, "{}").DataTypeKey;
        schema.ContentTypes.AddRange(
        [
            Type(CareersRootType, "careersRoot", allowAtRoot: true),
            Type(SkillsRootType, "skillsRoot", allowAtRoot: true),
            Type(SeoType, "seo", properties: [Use("metaTitle", text, EditorCatalog.TextBox)]),
            Type(CareerType, "career", properties: career, compositions: [new ContentTypeReference(SeoType, "seo")]),
            Type(SkillType, "skill", properties: [Use("title", text, EditorCatalog.TextBox), Use("prerequisite", picker, EditorCatalog.ContentPicker)]),
            Type(SkillRequirementType, "skillRequirement", isElement: true, properties:
            [
                Use("skill", picker, EditorCatalog.ContentPicker),
                Use("importance", integer, EditorCatalog.Integer),
                Use("level", integer, EditorCatalog.Integer),
            ]),
            Type(BlockSettingsType, "blockSettings", isElement: true, properties: [Use("theme", text, EditorCatalog.TextBox)]),
            Type(CalloutType, "callout", isElement: true, properties: [Use("text", text, EditorCatalog.TextBox), Use("skill", picker, EditorCatalog.ContentPicker)]),
        ]);
        return schema;
    }

    private static PropertyTypeDefinition Property(InMemoryDeliveryApiSchema schema, string alias, string editor, string config)
    {
        var dataType = new DataTypeDefinition { Key = Guid.NewGuid(), Name = alias + " type", EditorAlias = editor, ConfigJson = config };
        schema.DataTypes.Add(dataType);
        return Use(alias, dataType.Key, editor);
    }

    private static PropertyTypeDefinition Use(string alias, Guid dataType, string editor) =>
        new() { Key = Guid.NewGuid(), Alias = alias, Name = alias, DataTypeKey = dataType, EditorAlias = editor };

    private static ContentTypeDefinition Type(
        Guid key,
        string alias,
        bool allowAtRoot = false,
        bool isElement = false,
        IReadOnlyList<PropertyTypeDefinition>? properties = null,
        IReadOnlyList<ContentTypeReference>? compositions = null) => new()
    {
        Key = key,
        Alias = alias,
        Name = alias,
        AllowAtRoot = allowAtRoot,
        IsElement = isElement,
        Properties = properties ?? [],
        Compositions = compositions ?? [],
    };
}
