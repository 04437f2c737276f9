using CareerCms.Web.Sync.Import;

namespace CareerCms.Web.Tests.Sync.Import;

/// <summary>Every failed import names the file (and line) and leaves the database exactly as it was.</summary>
public abstract partial class USyncImporterTests
{
    [Fact]
    public async Task ImportAsync_WhenXmlIsMalformed_NamesFileAndLineAndChangesNothing()
    {
        var folder = Copy();
        Edit(folder, "Content/kubeflow.config", "</Info>", "</Inf>");
        var line = LineOf(folder, "Content/kubeflow.config", "</Inf>");

        var error = await AssertFailsWithoutChangesAsync(folder);

        Assert.Equal("Content/kubeflow.config", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains("Malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenEditorAliasIsUnknown_NamesTheDataTypeAndChangesNothing()
    {
        var folder = Copy();
        Edit(folder, "DataTypes/months.config", "<EditorAlias>Umbraco.Integer</EditorAlias>", "<EditorAlias>Acme.Slider</EditorAlias>");

        var error = await AssertFailsWithoutChangesAsync(folder);

        Assert.Equal("DataTypes/months.config", error.File);
        Assert.Equal(LineOf(folder, "DataTypes/months.config", "Acme.Slider"), error.Line);
        Assert.Contains("Acme.Slider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenParentIsMissing_NamesTheChildAndChangesNothing()
    {
        var folder = Copy();
        File.Delete(Path.Combine(folder, "Content", "skills.config"));

        var errors = await AssertFailsWithoutChangesAsync(folder, expectSingle: false);

        Assert.All(errors, e => Assert.Contains("parent", e.Message, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e.File == "Content/python.config" && e.Line == LineOf(folder, "Content/python.config", "<Parent "));
    }

    [Fact]
    public async Task ImportAsync_WhenTwoFilesShareAKey_NamesBothAndChangesNothing()
    {
        var folder = Copy();
        File.Copy(Path.Combine(folder, "Content", "python.config"), Path.Combine(folder, "Content", "python-copy.config"));

        var error = await AssertFailsWithoutChangesAsync(folder);

        Assert.Equal("Content/python.config", error.File);
        Assert.Contains("Content/python-copy.config", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenMandatoryValueIsMissing_NamesThePropertyLineAndChangesNothing()
    {
        var folder = Copy();
        Edit(
            folder,
            "Content/mlops-engineer.config",
            "<Value><![CDATA[Builds and runs the platforms that take machine learning models from experiment to reliable production.]]></Value>",
            "<Value><![CDATA[]]></Value>");

        var error = await AssertFailsWithoutChangesAsync(folder);

        Assert.Equal("Content/mlops-engineer.config", error.File);
        Assert.Equal(LineOf(folder, "Content/mlops-engineer.config", "<summary>"), error.Line);
        Assert.Contains("summary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenMandatoryValueIsMissingInAnUpdate_RollsBackTheOtherUpdates()
    {
        Assert.True((await Importer.ImportAsync(StarterFolder.Path)).Succeeded);
        var folder = Copy();
        Edit(folder, "Content/careers.config", "<NodeName Default=\"Careers\" />", "<NodeName Default=\"All careers\" />");
        Edit(folder, "Content/python.config", "<Value><![CDATA[120]]></Value>", "<Value><![CDATA[150]]></Value>");
        Edit(folder, "Content/mlops-engineer.config", "<Value><![CDATA[220000]]></Value>", "<Value><![CDATA[]]></Value>");

        var error = await AssertFailsWithoutChangesAsync(folder);

        Assert.Equal("Content/mlops-engineer.config", error.File);
        Assert.Contains("salaryMax", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenDocumentTypeUsesAMissingDataType_NamesThePropertyAndChangesNothing()
    {
        var folder = Copy();
        File.Delete(Path.Combine(folder, "DataTypes", "tags.config"));

        var error = await AssertFailsWithoutChangesAsync(folder);

        Assert.Equal("ContentTypes/skill.config", error.File);
        Assert.Contains("synonyms", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public async Task ImportAsync_WhenRootElementIsWrong_NamesTheFileAndChangesNothing()
    {
        var folder = Copy();
        Edit(folder, "ContentTypes/skill.config", "<ContentType Key=\"44c1a03d", "<DocumentType Key=\"44c1a03d");
        Edit(folder, "ContentTypes/skill.config", "</ContentType>\n", "</DocumentType>\n");

        var error = await AssertFailsWithoutChangesAsync(folder);

        Assert.Equal(("ContentTypes/skill.config", 2), (error.File, error.Line));
        Assert.Contains("<ContentType>", error.Message, StringComparison.Ordinal);
    }

    private async Task<USyncImportError> AssertFailsWithoutChangesAsync(string folder)
    {
        var errors = await AssertFailsWithoutChangesAsync(folder, expectSingle: true);
        return errors[0];
    }

    private async Task<IReadOnlyList<USyncImportError>> AssertFailsWithoutChangesAsync(string folder, bool expectSingle)
    {
        var before = await _host.SnapshotAsync();

        var report = await Importer.ImportAsync(folder);

        Assert.False(report.Succeeded);
        Assert.Equal(before, await _host.SnapshotAsync());
        if (expectSingle)
        {
            Assert.Single(report.Errors);
        }

        return report.Errors;
    }

    private static int LineOf(string folder, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(folder, file)), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
