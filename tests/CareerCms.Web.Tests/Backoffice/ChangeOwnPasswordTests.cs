using System.Net;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>POST user/current/change-password asks for the current password, so an unattended session cannot take the account over.</summary>
public sealed class ChangeOwnPasswordTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    private const string NewPassword = "another-quite-long-passphrase";

    [Fact]
    public async Task ChangeOwnPassword_WithAWrongOrMissingCurrentPassword_Returns400AtTheField_AndKeepsThePassword()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.com";
        using var editor = await fixture.CreateUserAsync("editor", email);

        var wrong = await editor.PostAsync("/user/current/change-password", new { oldPassword = "not-my-password", newPassword = NewPassword });
        var missing = await editor.PostAsync("/user/current/change-password", new { newPassword = NewPassword });
        var problem = await BackofficeClient.JsonAsync(wrong);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotNull(problem["errors"]?["oldPassword"]);
        using var again = await BackofficeClient.LoginAsync(fixture.Site, email, BackofficeSiteFixture.Password);
        using var withTheNewOne = new BackofficeClient(fixture.Site);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withTheNewOne.LoginResponseAsync(email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task ChangeOwnPassword_WithTheCurrentPassword_ChangesIt_AndKeepsThisSession()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.com";
        using var editor = await fixture.CreateUserAsync("editor", email);

        var response = await editor.PostAsync("/user/current/change-password", new { oldPassword = BackofficeSiteFixture.Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/user/current")).StatusCode);
        using var fresh = new BackofficeClient(fixture.Site);
        Assert.Equal(HttpStatusCode.OK, (await fresh.LoginResponseAsync(email, NewPassword)).StatusCode);
        using var stale = new BackofficeClient(fixture.Site);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stale.LoginResponseAsync(email, BackofficeSiteFixture.Password)).StatusCode);
    }
}
