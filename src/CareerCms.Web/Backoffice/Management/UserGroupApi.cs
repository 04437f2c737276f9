using CareerCms.Web.Backoffice.Security;
using CareerCms.Web.Backoffice.Users;

namespace CareerCms.Web.Backoffice.Management;

/// <summary>A user group as the API shows and takes it (Umbraco's field names: fallbackPermissions, documentRootAccess).</summary>
public sealed record UserGroupModel(
    Guid? Id, string Name, string Alias, string? Icon, string? Description, IReadOnlyList<string> Sections, IReadOnlyList<string> FallbackPermissions,
    ReferenceById? DocumentStartNode, bool DocumentRootAccess, bool IsSystem = false);

/// <summary>user-group CRUD; everything needs the Users section.</summary>
public static class UserGroupApi
{
    /// <summary>Maps the endpoints on the v1 group.</summary>
    public static RouteGroupBuilder MapUserGroupApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/user-group").WithTags("User Group").RequireSection(BackofficePermissions.UsersSection);
        group.MapGet("/", async (UserGroupService groups, CancellationToken ct) =>
        {
            var all = await groups.GetAllAsync(ct).ConfigureAwait(false);
            return TypedResults.Ok(new PagedResponse<UserGroupModel>(all.Count, all.Select(ToModel).ToArray()));
        });
        group.MapGet("/{id:guid}", async (Guid id, UserGroupService groups, CancellationToken ct) =>
            await groups.GetAsync(id, ct).ConfigureAwait(false) is { } g ? TypedResults.Ok(ToModel(g)) : ManagementProblems.NotFound("The user group was not found"))
            .Produces<UserGroupModel>().ProducesProblem(404);
        group.MapPost("/", (UserGroupModel model, CurrentUser me, UserGroupService groups, CancellationToken ct) => SaveAsync(me, model with { Id = Guid.NewGuid() }, groups, created: true, ct))
            .Produces<UserGroupModel>(201).ProducesProblem(400);
        group.MapPut("/{id:guid}", async (Guid id, UserGroupModel model, CurrentUser me, UserGroupService groups, CancellationToken ct) =>
            await groups.GetAsync(id, ct).ConfigureAwait(false) is null
                ? ManagementProblems.NotFound("The user group was not found")
                : await SaveAsync(me, model with { Id = id }, groups, created: false, ct).ConfigureAwait(false))
            .Produces<UserGroupModel>().ProducesProblem(400).ProducesProblem(404);
        group.MapDelete("/{id:guid}", async (Guid id, CurrentUser me, UserGroupService groups, CancellationToken ct) =>
            await groups.DeleteAsync(me, id, ct).ConfigureAwait(false) switch
            {
                (UserOperationStatus.Success, _) => TypedResults.Ok(),
                (UserOperationStatus.NotFound, _) => ManagementProblems.NotFound("The user group was not found"),
                var (status, message) => ManagementProblems.FromUser(status, message is null ? null : [message]),
            })
            .Produces(200).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404);
        return api;
    }

    /// <summary>A group as the API shows it.</summary>
    public static UserGroupModel ToModel(UserGroup g) => new(
        g.Key, g.Name, g.Alias, g.Icon, g.Description,
        g.Sections.Order(StringComparer.Ordinal).ToArray(),
        BackofficePermissions.DocumentVerbList.Where(g.Permissions.Contains).ToArray(),
        g.StartContentKey is { } start ? new ReferenceById(start) : null,
        g.StartContentKey is null,
        g.IsSystem);

    private static async Task<IResult> SaveAsync(CurrentUser me, UserGroupModel model, UserGroupService groups, bool created, CancellationToken ct)
    {
        var group = new UserGroup
        {
            Key = model.Id!.Value,
            Alias = model.Alias?.Trim() ?? "",
            Name = model.Name?.Trim() ?? "",
            Icon = model.Icon,
            Description = model.Description,
            Sections = (model.Sections ?? []).ToHashSet(StringComparer.Ordinal),
            Permissions = (model.FallbackPermissions ?? []).ToHashSet(StringComparer.Ordinal),
            StartContentKey = model.DocumentRootAccess ? null : model.DocumentStartNode?.Id,
        };
        var (status, saved, message) = await groups.SaveAsync(me, group, ct).ConfigureAwait(false);
        if (status != UserOperationStatus.Success)
        {
            return ManagementProblems.FromUser(status, message is null ? null : [message]);
        }

        return created ? TypedResults.Created($"/umbraco/management/api/v1/user-group/{saved!.Key:D}", ToModel(saved)) : TypedResults.Ok(ToModel(saved!));
    }
}
