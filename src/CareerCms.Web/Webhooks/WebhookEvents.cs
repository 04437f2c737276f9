using Aliases = Umbraco.Cms.Core.Constants.WebhookEvents.Aliases;

namespace CareerCms.Web.Webhooks;

/// <summary>The webhook events CareerCms fires, by Umbraco's aliases.</summary>
public static class WebhookEvents
{
    /// <summary>"Umbraco.ContentPublish": an item was published (once per item, descendants included when published with them).</summary>
    public const string ContentPublish = Aliases.ContentPublish;

    /// <summary>"Umbraco.ContentUnpublish": an item was unpublished (its branch is no longer routable).</summary>
    public const string ContentUnpublish = Aliases.ContentUnpublish;

    /// <summary>"Umbraco.ContentDelete": an item was deleted permanently (once per item of the deleted branch).</summary>
    public const string ContentDelete = Aliases.ContentDelete;

    /// <summary>"Umbraco.ContentMovedToRecycleBin": an item was trashed (its published branch went offline).</summary>
    public const string ContentMovedToRecycleBin = Aliases.ContentMovedToRecycleBin;

    /// <summary>Every supported alias.</summary>
    public static IReadOnlyList<string> All { get; } = [ContentPublish, ContentUnpublish, ContentDelete, ContentMovedToRecycleBin];

    /// <summary>True for a supported alias (ordinal, as Umbraco compares them).</summary>
    public static bool IsSupported(string alias) => All.Contains(alias, StringComparer.Ordinal);
}
