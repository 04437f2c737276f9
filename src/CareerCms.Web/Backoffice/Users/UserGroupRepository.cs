using System.Data.Common;
using CareerCms.Web.Persistence;
using Dapper;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>User groups: explicit SQL over Dapper; sections and permissions stored as comma-separated text.</summary>
public sealed class UserGroupRepository
{
    private const string SelectGroup =
        "SELECT g.id, g.uniqueId, g.alias, g.name, g.icon, g.description, g.sections, g.permissions, g.startContentKey, g.isSystem FROM umbracoUserGroup g";

    /// <summary>Every group, by name.</summary>
    public async Task<IReadOnlyList<UserGroup>> GetAllAsync(DbConnection connection, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<GroupRow>(SelectGroup + " ORDER BY g.name, g.id", transaction: transaction).ConfigureAwait(false))
            .Select(r => r.ToGroup()).ToArray();

    /// <summary>The groups of one user.</summary>
    public async Task<IReadOnlyList<UserGroup>> GetForUserAsync(DbConnection connection, int userId, DbTransaction? transaction = null) =>
        (await connection.QueryAsync<GroupRow>(
            SelectGroup + " JOIN umbracoUser2UserGroup m ON m.userGroupId = g.id WHERE m.userId = @userId ORDER BY g.name",
            new { userId }, transaction).ConfigureAwait(false)).Select(r => r.ToGroup()).ToArray();

    /// <summary>A group by key.</summary>
    public async Task<UserGroup?> GetByKeyAsync(DbConnection connection, Guid key, DbTransaction? transaction = null) =>
        (await connection.QuerySingleOrDefaultAsync<GroupRow>(
            SelectGroup + " WHERE g.uniqueId = @key", new { key = key.ToString("D") }, transaction).ConfigureAwait(false))?.ToGroup();

    /// <summary>A group by alias.</summary>
    public async Task<UserGroup?> GetByAliasAsync(DbConnection connection, string alias, DbTransaction? transaction = null) =>
        (await connection.QuerySingleOrDefaultAsync<GroupRow>(
            SelectGroup + " WHERE g.alias = @alias", new { alias }, transaction).ConfigureAwait(false))?.ToGroup();

    /// <summary>Inserts or updates a group by key; returns it with its id.</summary>
    public async Task<UserGroup> SaveAsync(DbConnection connection, UserGroup group, DateTime utcNow, DbTransaction transaction)
    {
        var parameters = new
        {
            uniqueId = group.Key.ToString("D"),
            alias = group.Alias,
            name = group.Name,
            icon = group.Icon,
            description = group.Description,
            sections = string.Join(',', group.Sections.Order(StringComparer.Ordinal)),
            permissions = string.Join(',', group.Permissions.Order(StringComparer.Ordinal)),
            startContentKey = group.StartContentKey?.ToString("D"),
            isSystem = group.IsSystem,
            now = DbDate.Write(utcNow),
        };
        var id = await connection.ExecuteScalarAsync<int?>(
            "SELECT id FROM umbracoUserGroup WHERE uniqueId = @uniqueId", parameters, transaction).ConfigureAwait(false);
        if (id is null)
        {
            id = await connection.ExecuteScalarAsync<int>(
                """
                INSERT INTO umbracoUserGroup (uniqueId, alias, name, icon, description, sections, permissions, startContentKey, isSystem, createDate, updateDate)
                VALUES (@uniqueId, @alias, @name, @icon, @description, @sections, @permissions, @startContentKey, @isSystem, @now, @now)
                RETURNING id
                """,
                parameters, transaction).ConfigureAwait(false);
        }
        else
        {
            await connection.ExecuteAsync(
                """
                UPDATE umbracoUserGroup SET alias = @alias, name = @name, icon = @icon, description = @description, sections = @sections,
                    permissions = @permissions, startContentKey = @startContentKey, updateDate = @now
                WHERE uniqueId = @uniqueId
                """,
                parameters, transaction).ConfigureAwait(false);
        }

        return group with { Id = id.Value };
    }

    /// <summary>Deletes a group (memberships cascade).</summary>
    public async Task DeleteAsync(DbConnection connection, int id, DbTransaction transaction)
    {
        await connection.ExecuteAsync("DELETE FROM umbracoUser2UserGroup WHERE userGroupId = @id", new { id }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM umbracoUserGroup WHERE id = @id", new { id }, transaction).ConfigureAwait(false);
    }

    private sealed class GroupRow
    {
        public int Id { get; set; }
        public string UniqueId { get; set; } = "";
        public string Alias { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Icon { get; set; }
        public string? Description { get; set; }
        public string Sections { get; set; } = "";
        public string Permissions { get; set; } = "";
        public string? StartContentKey { get; set; }
        public bool IsSystem { get; set; }

        public UserGroup ToGroup() => new()
        {
            Id = Id,
            Key = Guid.Parse(UniqueId),
            Alias = Alias,
            Name = Name,
            Icon = Icon,
            Description = Description,
            Sections = Split(Sections),
            Permissions = Split(Permissions),
            StartContentKey = StartContentKey is null ? null : Guid.Parse(StartContentKey),
            IsSystem = IsSystem,
        };

        private static HashSet<string> Split(string text) =>
            text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }
}
