using CareerCms.Web.Sync;

namespace CareerCms.Web.Tests.Sync;

public sealed class USyncSettingsTests
{
    [Fact]
    public void Defaults_WhenNotConfigured_AreUSyncsWithCareerCmsFirstBoot()
    {
        var settings = new USyncSettings();

        Assert.Equal(("uSync/v17/", "All", true, "All", "config"), (settings.RootFolder, settings.ExportOnSave, settings.ImportOnFirstBoot, settings.FirstBootGroup, settings.DefaultExtension));
        Assert.True(new USyncSettingsValidator().Validate(null, settings).Succeeded);
    }

    [Theory]
    [InlineData("None", false)]
    [InlineData("off", false)]
    [InlineData("False", false)]
    [InlineData("All", true)]
    [InlineData("Settings,Content", true)]
    [InlineData("Settings", false)]
    public void Includes_WhenExportOnSaveIs_MatchesTheContentGroup(string configured, bool expected) =>
        Assert.Equal(expected, USyncGroups.Includes(configured, USyncGroups.Content));

    [Fact]
    public void Validate_WhenValuesAreWrong_ListsEachProblem()
    {
        var result = new USyncSettingsValidator().Validate(null, new USyncSettings
        {
            RootFolder = " ",
            DefaultExtension = ".config",
            ExportOnSave = "Sometimes",
            UseFlatStructure = false,
        });

        Assert.True(result.Failed);
        Assert.Equal(4, result.Failures!.Count());
    }

    [Fact]
    public void ResolveRootFolder_WhenRelative_IsUnderTheContentRoot()
    {
        var settings = new USyncSettings { RootFolder = "../../uSync/v17/" };

        Assert.Equal(Path.GetFullPath("/srv/site/uSync/v17/"), settings.ResolveRootFolder("/srv/site/src/CareerCms.Web"));
    }
}
