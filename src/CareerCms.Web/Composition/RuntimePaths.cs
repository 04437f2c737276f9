namespace CareerCms.Web.Composition;

/// <summary>Where this site keeps its data (SQLite file, local indexes): <c>CareerCms:DataDirectory</c>, default umbraco/Data.</summary>
public sealed record RuntimePaths(string DataDirectory);
