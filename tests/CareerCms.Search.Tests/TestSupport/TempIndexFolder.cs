namespace CareerCms.Search.Tests.TestSupport;

/// <summary>A fresh folder under the temp directory, deleted on dispose.</summary>
internal sealed class TempIndexFolder : IDisposable
{
    public TempIndexFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "careercms-search-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere: the OS temp cleaner gets it.
        }
    }
}
