using System.Net;

namespace CareerCms.Web.Tests.Search;

[Collection(CareerSearchCollection.Name)]
public sealed class SearchPageTests(CareerSearchFixture fixture)
{
    [Fact]
    public async Task Page_WithoutJavaScript_IsAnAccessibleGetFormWithResults()
    {
        var response = await fixture.GetAsync("/search?q=welder");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<form role=\"search\" method=\"get\" action=\"/search\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"q\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"q\" name=\"q\" type=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"f-industry\">", html, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#results-region\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/umbraco/delivery/api/v2/content/item/welder/\">Welder</a>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>Welder</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mapping Career Causeways", html, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_EscapesWhatTheVisitorTyped()
    {
        var html = await (await fixture.GetAsync("/search?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Fragment_IsTheResultsRegionOnly()
    {
        var html = await (await fixture.GetAsync("/search?q=pharm&fragment=results")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.Contains("Pharmacist", html, StringComparison.Ordinal);
        Assert.StartsWith("<p id=\"status\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WithBadParameters_Is400WithTheErrorsShown()
    {
        var response = await fixture.GetAsync("/search?q=welder&pageSize=5000");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_LinksTheNextPageAndKeepsTheFilters()
    {
        var html = await (await fixture.GetAsync("/search?industry=Manufacturing&pageSize=2")).Content.ReadAsStringAsync();

        Assert.Contains("href=\"/search?industry=Manufacturing&amp;page=2&amp;pageSize=2\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Manufacturing\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_WhenNothingMatches_OffersTheCorrection()
    {
        var html = await (await fixture.GetAsync("/search?q=wxldxr+")).Content.ReadAsStringAsync();

        Assert.Contains("Did you mean <a href=\"/search?q=welder\">welder</a>?", html, StringComparison.Ordinal);
    }
}
