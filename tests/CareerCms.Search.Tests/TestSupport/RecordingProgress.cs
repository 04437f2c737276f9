using CareerCms.Search.Rebuilding;

namespace CareerCms.Search.Tests.TestSupport;

/// <summary>Records progress reports synchronously (unlike <see cref="Progress{T}"/>, which posts them).</summary>
internal sealed class RecordingProgress : IProgress<IndexRebuildProgress>
{
    private readonly List<IndexRebuildProgress> _reports = [];

    public IReadOnlyList<IndexRebuildProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(IndexRebuildProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }
    }
}
