namespace CareerCms.Web.Content.Editors;

/// <summary>
/// What a stored link may hold, so that no frontend renders script from a link: URLs are http(s), mailto, tel or
/// relative (a path, query or #anchor), never <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c> or any other scheme;
/// targets are empty, one of <c>_blank</c>, <c>_self</c>, <c>_parent</c>, <c>_top</c>, or a plain frame name (letters,
/// digits, <c>-</c> and <c>_</c>), so a target can never break out of an HTML attribute.
/// </summary>
public static class SafeLinks
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True when <paramref name="url"/> is empty or safe to put in an <c>href</c>.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        // Browsers drop control characters and whitespace inside a scheme ("java\tscript:"): judge what they see.
        var seen = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = seen.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = seen.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return !url.Any(char.IsControl); // relative: /path, ?query, #anchor, page.html
        }

        var scheme = seen[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase) && !url.Any(char.IsControl);
    }

    /// <summary>True when <paramref name="target"/> is empty or a safe link target.</summary>
    public static bool IsSafeTarget(string? target) =>
        string.IsNullOrEmpty(target) || (target.Length <= 64 && target.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
}
