namespace CareerCms.Search.Searching;

/// <summary>
/// The query text is not valid Lucene syntax (or a value does not fit its field's type, or the query expands past
/// Lucene's clause limit). Caused by the caller's input: a host answers it with 400 Bad Request.
/// </summary>
public sealed class SearchQueryParseException : ArgumentException
{
    /// <summary>Creates the exception for a query and the parser's complaint.</summary>
    public SearchQueryParseException(string query, string message, Exception? innerException = null)
        : base($"Invalid search query '{query}': {message}", innerException)
    {
        Query = query;
    }

    /// <summary>The rejected query text.</summary>
    public string Query { get; }
}
