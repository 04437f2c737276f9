using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Strings;
using CoreContent = Umbraco.Cms.Core.Models.Content;

namespace CareerCms.Plugin.Tests.Support;

/// <summary>
/// Real Core <see cref="IContent"/> instances built the way the host's UmbracoContentFactory builds them: a Core
/// ContentType with the document type's properties (Integer editors stored as integers, the rest as text),
/// published values set then published, draft values on top.
/// </summary>
internal sealed class CoreContentBuilder
{
    private static readonly IShortStringHelper ShortStrings =
        new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings()));

    private static readonly Dictionary<string, (string Alias, string Editor, ValueStorageType Storage)[]> Schemas = new()
    {
        ["career"] =
        [
            ("industry", "Umbraco.DropDown.Flexible", ValueStorageType.Nvarchar),
            ("experienceLevel", "Umbraco.DropDown.Flexible", ValueStorageType.Nvarchar),
            ("salaryMin", "Umbraco.Integer", ValueStorageType.Integer),
            ("salaryMax", "Umbraco.Integer", ValueStorageType.Integer),
            ("growthRate", "Umbraco.Integer", ValueStorageType.Integer),
            ("jobZone", "Umbraco.Integer", ValueStorageType.Integer),
            ("requiredSkills", "Umbraco.BlockList", ValueStorageType.Ntext),
            ("relatedCareers", "Umbraco.MultiNodeTreePicker", ValueStorageType.Ntext),
        ],
        ["transitionPath"] =
        [
            ("fromCareer", "Umbraco.ContentPicker", ValueStorageType.Nvarchar),
            ("headline", "Umbraco.TextBox", ValueStorageType.Nvarchar),
            ("difficulty", "Umbraco.DropDown.Flexible", ValueStorageType.Nvarchar),
            ("durationMinMonths", "Umbraco.Integer", ValueStorageType.Integer),
            ("durationMaxMonths", "Umbraco.Integer", ValueStorageType.Integer),
            ("engagementBaseline", "Umbraco.Integer", ValueStorageType.Integer),
        ],
        ["skill"] = [("learningHours", "Umbraco.Integer", ValueStorageType.Integer)],
    };

    private readonly string _alias;
    private readonly Dictionary<string, string?> _published = [];
    private readonly Dictionary<string, string?> _draft = [];
    private Guid _key = Guid.NewGuid();
    private bool _isPublished;

    private CoreContentBuilder(string alias) => _alias = alias;

    public static CoreContentBuilder Career() => new("career");

    public static CoreContentBuilder TransitionPath() => new("transitionPath");

    public static CoreContentBuilder Of(string alias) => new(alias);

    public CoreContentBuilder WithKey(Guid key)
    {
        _key = key;
        return this;
    }

    /// <summary>A published value (raw stored text, as the database holds it); the draft gets it too unless set.</summary>
    public CoreContentBuilder Published(string alias, string? value)
    {
        _isPublished = true;
        _published[alias] = value;
        _draft.TryAdd(alias, value);
        return this;
    }

    /// <summary>A draft value only (a pending change, or a never-published item).</summary>
    public CoreContentBuilder Draft(string alias, string? value)
    {
        _draft[alias] = value;
        return this;
    }

    public IContent Build()
    {
        var contentType = new ContentType(ShortStrings, -1) { Alias = _alias, Name = _alias, Key = Guid.NewGuid(), Id = 1000 };
        var sortOrder = 0;
        foreach (var (alias, editor, storage) in Schemas.GetValueOrDefault(_alias) ?? [])
        {
            contentType.AddPropertyType(
                new PropertyType(ShortStrings, editor, storage, alias) { Name = alias, SortOrder = sortOrder++ }, "content", "Content");
        }

        var content = new CoreContent("Item", -1, contentType) { Key = _key, Id = 2000, Path = "-1,2000", Level = 1 };
        if (_isPublished)
        {
            Set(content, _published, clearMissing: false);
            foreach (var property in content.Properties)
            {
                property.PublishValues();
            }

            content.PublishedVersionId = 1;
            content.PublishName = "Item";
        }

        Set(content, _draft, clearMissing: _isPublished);
        content.Published = _isPublished;
        content.ResetDirtyProperties(false);
        return content;
    }

    private static void Set(CoreContent content, Dictionary<string, string?> values, bool clearMissing)
    {
        foreach (var property in content.Properties)
        {
            if (values.TryGetValue(property.Alias, out var value))
            {
                property.SetValue(string.IsNullOrEmpty(value) ? null : value);
            }
            else if (clearMissing)
            {
                property.SetValue(null);
            }
        }
    }
}
