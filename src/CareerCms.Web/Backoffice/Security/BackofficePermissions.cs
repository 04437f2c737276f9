using Umbraco.Cms.Core.Actions;

namespace CareerCms.Web.Backoffice.Security;

/// <summary>The section aliases and document permission verbs the backoffice knows (Umbraco 14+ strings, from Core's actions).</summary>
public static class BackofficePermissions
{
    public const string ContentSection = "Umb.Section.Content";
    public const string SettingsSection = "Umb.Section.Settings";
    public const string UsersSection = "Umb.Section.Users";

    public const string Browse = ActionBrowse.ActionLetter;
    public const string Create = ActionNew.ActionLetter;
    public const string Update = ActionUpdate.ActionLetter;
    public const string Delete = ActionDelete.ActionLetter;
    public const string Publish = ActionPublish.ActionLetter;
    public const string Unpublish = ActionUnpublish.ActionLetter;
    public const string Rollback = ActionRollback.ActionLetter;
    public const string Move = ActionMove.ActionLetter;
    public const string Copy = ActionCopy.ActionLetter;
    public const string Sort = ActionSort.ActionLetter;

    /// <summary>Every section.</summary>
    public static IReadOnlySet<string> Sections { get; } = new HashSet<string>(StringComparer.Ordinal) { ContentSection, SettingsSection, UsersSection };

    /// <summary>Every document verb, in the order the UI lists them.</summary>
    public static IReadOnlyList<string> DocumentVerbList { get; } = [Browse, Create, Update, Delete, Publish, Unpublish, Rollback, Move, Copy, Sort];

    /// <summary>Every document verb.</summary>
    public static IReadOnlySet<string> DocumentVerbs { get; } = DocumentVerbList.ToHashSet(StringComparer.Ordinal);
}
