using CareerCms.Web.Tests.Infrastructure;

namespace CareerCms.Web.Tests.Sync;

/// <summary>The repository's starter uSync folder and copies of it to change in tests.</summary>
public static class StarterFolder
{
    /// <summary>uSync/v17 at the repository root.</summary>
    public static string Path { get; } = System.IO.Path.Combine(CareerCmsSite.RepositoryRoot, "uSync", "v17");

    /// <summary>Every starter file of one handler folder, as xunit theory data (relative paths).</summary>
    public static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(Path, folder), "*.config").Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetRelativePath(Path, file));
        }

        return data;
    }

    /// <summary>A fresh copy of the starter folder (or of a fixture under Sync/Fixtures) in a temp folder.</summary>
    public static string CopyToTemp(string? source = null)
    {
        var target = Directory.CreateTempSubdirectory("usync-test-").FullName;
        source ??= Path;
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Reads a starter file's bytes.</summary>
    public static byte[] Read(string relativePath) => File.ReadAllBytes(System.IO.Path.Combine(Path, relativePath));
}
