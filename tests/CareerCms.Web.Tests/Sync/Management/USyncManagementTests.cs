using CareerCms.Web.Sync;
using CareerCms.Web.Sync.Export;
using CareerCms.Web.Sync.Import;
using CareerCms.Web.Sync.Management;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Tests.Sync.Management;

public sealed class USyncManagementTests : IAsyncLifetime
{
    private readonly string _folder = StarterFolder.CopyToTemp();
    private USyncTestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await USyncTestHost.StartAsync(new Dictionary<string, string?> { ["uSync:Settings:RootFolder"] = _folder });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ReportThenImport_WhenFolderIsValid_ReportsCreatesThenImportsThem()
    {
        var report = await USyncManagementApi.ReportAsync(Importer, Settings, Environment, CancellationToken.None);
        var import = await USyncManagementApi.ImportAsync(new USyncImportRequest(), Importer, Settings, Environment, CancellationToken.None);

        var reported = Assert.IsType<Ok<USyncImportReport>>(report.Result).Value!;
        Assert.True(reported.DryRun);
        Assert.All(reported.Items, i => Assert.Equal(USyncChange.Create, i.Change));
        Assert.Equal(reported.Items.Count, Assert.IsType<Ok<USyncImportReport>>(import.Result).Value!.Items.Count(i => i.Change == USyncChange.Create));
    }

    [Fact]
    public async Task ImportAsync_WhenAFileIsBroken_Returns400ProblemWithTheErrors()
    {
        File.WriteAllText(Path.Combine(_folder, "DataTypes", "tags.config"), "not xml");

        var result = await USyncManagementApi.ImportAsync(new USyncImportRequest(Force: true), Importer, Settings, Environment, CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(400, problem.StatusCode);
        var errors = Assert.IsAssignableFrom<IReadOnlyList<USyncImportError>>(problem.ProblemDetails.Extensions["errors"]);
        Assert.Equal("DataTypes/tags.config", Assert.Single(errors).File);
    }

    [Fact]
    public async Task ExportAsync_WhenClean_WritesEveryItem()
    {
        Assert.True((await Importer.ImportAsync(_folder)).Succeeded);

        var result = await USyncManagementApi.ExportAsync(new USyncExportRequest(Clean: true), _host.Get<USyncExporter>(), Settings, Environment, CancellationToken.None);

        Assert.Equal(Directory.GetFiles(StarterFolder.Path, "*.config", SearchOption.AllDirectories).Length, Assert.IsType<Ok<USyncExportReport>>(result.Result).Value!.Items.Count);
    }

    [Fact]
    public async Task RunUSyncCommandAsync_WhenNoSwitch_ReturnsNull()
    {
        Assert.Null(await _host.Services.RunUSyncCommandAsync(["--urls", "http://localhost:5000"]));
    }

    [Fact]
    public async Task RunUSyncCommandAsync_WhenImportThenExport_ReturnsZeroAndPrintsTheReport()
    {
        var output = new StringWriter();
        var target = Directory.CreateTempSubdirectory("usync-cli-").FullName;
        try
        {
            var imported = await _host.Services.RunUSyncCommandAsync(["--usync-import", _folder], output);
            var exported = await _host.Services.RunUSyncCommandAsync(["--usync-export", target], output);

            Assert.Equal((0, 0), (imported, exported));
            Assert.Contains("Create   Content      MLOps Engineer (Content/mlops-engineer.config)", output.ToString(), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(target, "Content", "mlops-engineer.config")));
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public async Task RunUSyncCommandAsync_WhenImportFails_ReturnsOneAndPrintsTheErrors()
    {
        File.WriteAllText(Path.Combine(_folder, "Content", "python.config"), "<Content>");
        var output = new StringWriter();

        var code = await _host.Services.RunUSyncCommandAsync(["--usync-import"], output);

        Assert.Equal(1, code);
        Assert.Contains("ERROR Content/python.config", output.ToString(), StringComparison.Ordinal);
    }

    private USyncImporter Importer => _host.Get<USyncImporter>();

    private IOptions<USyncSettings> Settings => _host.Get<IOptions<USyncSettings>>();

    private IHostEnvironment Environment => _host.Get<IHostEnvironment>();
}
