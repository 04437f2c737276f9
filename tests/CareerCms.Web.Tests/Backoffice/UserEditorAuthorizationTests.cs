using System.Net;
using System.Text.Json.Nodes;

namespace CareerCms.Web.Tests.Backoffice;

/// <summary>
/// Security review H1: a user whose group has only the Users section may not reach an administrator's account or
/// the Administrators group, nor grant more than they have. Umbraco refuses all of these to non-administrators.
/// </summary>
public sealed class UserEditorAuthorizationTests(BackofficeSiteFixture fixture) : IClassFixture<BackofficeSiteFixture>
{
    [Fact]
    public async Task UsersManager_SettingAnAdministratorsPassword_Gets403AndTheOldPasswordStillWorks()
    {
        using var manager = await CreateUsersManagerAsync();
        var adminId = await UserIdAsync(BackofficeSiteFixture.AdminEmail);

        var response = await manager.PostAsync($"/user/{adminId}/change-password", new { newPassword = "taken-over-password-1" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Unauthorized", (await BackofficeClient.JsonAsync(response))["operationStatus"]!.GetValue<string>());
        using var admin = await BackofficeClient.LoginAsync(fixture.Site, BackofficeSiteFixture.AdminEmail, BackofficeSiteFixture.AdminPassword);
    }

    [Fact]
    public async Task UsersManager_CreatingAUserInAdministrators_Gets403AndCreatesNobody()
    {
        using var manager = await CreateUsersManagerAsync();
        var email = $"escalated-{Guid.NewGuid():N}@example.com";

        var response = await manager.PostAsync("/user", new
        {
            name = "Escalated", email, password = BackofficeSiteFixture.Password, userGroupIds = new[] { new { id = await GroupIdAsync("admin") } },
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty((await fixture.Admin.GetJsonAsync("/user?filter=" + Uri.EscapeDataString(email)))["items"]!.AsArray());
    }

    [Fact]
    public async Task UsersManager_AddingAdministratorsToTheirOwnGroups_Gets403AndKeepsTheirGroups()
    {
        var email = $"manager-{Guid.NewGuid():N}@example.com";
        using var manager = await CreateUsersManagerAsync(email);
        var self = await UserAsync(email);
        var groups = self["userGroupIds"]!.AsArray().Select(g => new { id = g!["id"]!.GetValue<string>() }).Append(new { id = await GroupIdAsync("admin") }).ToArray();

        var response = await manager.PutAsync($"/user/{self["id"]}", new { name = "Me", email, userGroupIds = groups });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single((await UserAsync(email))["userGroupIds"]!.AsArray());
    }

    [Fact]
    public async Task UsersManager_AssigningAGroupTheyAreNotIn_Gets403()
    {
        using var manager = await CreateUsersManagerAsync();

        var response = await manager.PostAsync("/user", new
        {
            name = "Editor", email = $"editor-{Guid.NewGuid():N}@example.com", password = BackofficeSiteFixture.Password,
            userGroupIds = new[] { new { id = await GroupIdAsync("editor") } },
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UsersManager_DisablingUnlockingOrDeletingAnAdministrator_Gets403AndChangesNobody()
    {
        using var manager = await CreateUsersManagerAsync();
        var adminId = await UserIdAsync(BackofficeSiteFixture.AdminEmail);
        var writerEmail = $"writer-{Guid.NewGuid():N}@example.com";
        (await fixture.CreateUserAsync("writer", writerEmail)).Dispose();
        var writerId = await UserIdAsync(writerEmail);

        var disable = await manager.PostAsync("/user/disable", new { userIds = new[] { new { id = writerId }, new { id = adminId } } });
        var delete = await manager.DeleteAsync($"/user/{adminId}");
        var update = await manager.PutAsync($"/user/{adminId}", new { name = "Renamed", email = BackofficeSiteFixture.AdminEmail, userGroupIds = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        // All or nothing: the writer listed first was not disabled either.
        Assert.Equal("Active", (await UserAsync(writerEmail))["state"]!.GetValue<string>());
        Assert.Equal("Active", (await UserAsync(BackofficeSiteFixture.AdminEmail))["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task UsersManager_ChangingANonAdministratorsPassword_IsAllowed()
    {
        using var manager = await CreateUsersManagerAsync();
        var writerEmail = $"writer-{Guid.NewGuid():N}@example.com";
        (await fixture.CreateUserAsync("writer", writerEmail)).Dispose();

        var response = await manager.PostAsync($"/user/{await UserIdAsync(writerEmail)}/change-password", new { newPassword = "a-new-long-password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var writer = await BackofficeClient.LoginAsync(fixture.Site, writerEmail, "a-new-long-password");
    }

    [Fact]
    public async Task UsersManager_ChangingTheAdministratorsGroupOrGrantingSectionsTheyLack_Gets403()
    {
        using var manager = await CreateUsersManagerAsync();
        var adminGroup = await fixture.Admin.GetJsonAsync($"/user-group/{await GroupIdAsync("admin")}");
        var ownGroupId = (await UserAsync(manager))["userGroupIds"]![0]!["id"]!.GetValue<string>();
        var ownGroup = await fixture.Admin.GetJsonAsync($"/user-group/{ownGroupId}");

        adminGroup["name"] = "Renamed admins";
        var editAdmins = await manager.PutAsync($"/user-group/{adminGroup["id"]}", adminGroup);
        ownGroup["sections"] = new JsonArray("Umb.Section.Users", "Umb.Section.Settings", "Umb.Section.Content");
        var grantSelf = await manager.PutAsync($"/user-group/{ownGroupId}", ownGroup);
        var newGroup = await manager.PostAsync("/user-group", new
        {
            name = "Sneaky", alias = "sneaky" + Guid.NewGuid().ToString("N")[..6], sections = new[] { "Umb.Section.Settings" },
            fallbackPermissions = Array.Empty<string>(), documentRootAccess = true,
        });

        Assert.Equal(HttpStatusCode.Forbidden, editAdmins.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, grantSelf.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, newGroup.StatusCode);
        Assert.Equal("Administrators", (await fixture.Admin.GetJsonAsync($"/user-group/{adminGroup["id"]}"))["name"]!.GetValue<string>());
        Assert.Equal(["Umb.Section.Users"], (await fixture.Admin.GetJsonAsync($"/user-group/{ownGroupId}"))["sections"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Admin_GivingAStartNodeThatDoesNotExist_Gets400()
    {
        var response = await fixture.Admin.PostAsync("/user", new
        {
            name = "Nowhere", email = $"nowhere-{Guid.NewGuid():N}@example.com", password = BackofficeSiteFixture.Password,
            userGroupIds = new[] { new { id = await GroupIdAsync("writer") } },
            documentStartNodeIds = new[] { new { id = Guid.NewGuid() } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("StartNodeNotFound", (await BackofficeClient.JsonAsync(response))["operationStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Admin_CanStillAssignAdministratorsAndSetAnotherAdministratorsPassword()
    {
        var email = $"second-admin-{Guid.NewGuid():N}@example.com";
        var created = await fixture.Admin.PostAsync("/user", new
        {
            name = "Second admin", email, password = BackofficeSiteFixture.Password, userGroupIds = new[] { new { id = await GroupIdAsync("admin") } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var changed = await fixture.Admin.PostAsync($"/user/{await UserIdAsync(email)}/change-password", new { newPassword = "another-quite-long-passphrase" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    /// <summary>A user in a new group whose only section is Users (and with root access, as a real manager would have).</summary>
    private async Task<BackofficeClient> CreateUsersManagerAsync(string? email = null)
    {
        email ??= $"manager-{Guid.NewGuid():N}@example.com";
        var alias = "usersOnly" + Guid.NewGuid().ToString("N")[..8];
        var group = await fixture.Admin.PostAsync("/user-group", new
        {
            name = "Users only " + alias, alias, sections = new[] { "Umb.Section.Users" }, fallbackPermissions = Array.Empty<string>(), documentRootAccess = true,
        });
        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
        var groupId = (await BackofficeClient.JsonAsync(group))["id"]!.GetValue<string>();
        var user = await fixture.Admin.PostAsync("/user", new
        {
            name = "Users manager", email, password = BackofficeSiteFixture.Password, userGroupIds = new[] { new { id = groupId } },
        });
        Assert.Equal(HttpStatusCode.Created, user.StatusCode);
        return await BackofficeClient.LoginAsync(fixture.Site, email, BackofficeSiteFixture.Password);
    }

    private async Task<string> GroupIdAsync(string alias) =>
        (await fixture.Admin.GetJsonAsync("/user-group"))["items"]!.AsArray().First(g => (string?)g!["alias"] == alias)!["id"]!.GetValue<string>();

    private async Task<JsonNode> UserAsync(string email) =>
        (await fixture.Admin.GetJsonAsync("/user?filter=" + Uri.EscapeDataString(email)))["items"]!.AsArray().Single()!;

    private async Task<JsonNode> UserAsync(BackofficeClient client) =>
        await UserAsync((await client.GetJsonAsync("/user/current"))["email"]!.GetValue<string>());

    private async Task<string> UserIdAsync(string email) => (await UserAsync(email))["id"]!.GetValue<string>();
}
