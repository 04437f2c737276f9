using System.Data.Common;
using CareerCms.Web.Persistence;
using Dapper;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>Users and their group memberships: explicit SQL over Dapper, shared by both dialects.</summary>
public sealed class UserRepository(UserGroupRepository groups)
{
    private const string SelectUser = """
        SELECT id, uniqueId, name, email, passwordHash, securityStamp, disabled, failedAttempts, lockedUntil,
               lastLockoutDate, lastLoginDate, lastPasswordChangeDate, startContentKey, createDate, updateDate
        FROM umbracoUser
        """;

    /// <summary>Number of users (0 = the site still needs its first administrator).</summary>
    public Task<int> CountAsync(DbConnection connection, DbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM umbracoUser", transaction: transaction);

    /// <summary>A user by id, with groups.</summary>
    public Task<BackofficeUser?> GetByIdAsync(DbConnection connection, int id, DbTransaction? transaction = null) =>
        SingleAsync(connection, " WHERE id = @id", new { id }, transaction);

    /// <summary>A user by key, with groups.</summary>
    public Task<BackofficeUser?> GetByKeyAsync(DbConnection connection, Guid key, DbTransaction? transaction = null) =>
        SingleAsync(connection, " WHERE uniqueId = @key", new { key = key.ToString("D") }, transaction);

    /// <summary>A user by e-mail (case-insensitive), with groups.</summary>
    public Task<BackofficeUser?> GetByEmailAsync(DbConnection connection, string email, DbTransaction? transaction = null) =>
        SingleAsync(connection, " WHERE normalizedEmail = @email", new { email = Normalize(email) }, transaction);

    /// <summary>Every user, by name, with groups.</summary>
    public async Task<IReadOnlyList<BackofficeUser>> GetAllAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var rows = await connection.QueryAsync<UserRow>(SelectUser + " ORDER BY name, id", transaction: transaction).ConfigureAwait(false);
        var memberships = (await connection.QueryAsync<(int UserId, int GroupId)>(
            "SELECT userId, userGroupId FROM umbracoUser2UserGroup", transaction: transaction).ConfigureAwait(false)).ToLookup(m => m.UserId, m => m.GroupId);
        var allGroups = (await groups.GetAllAsync(connection, transaction).ConfigureAwait(false)).ToDictionary(g => g.Id);
        return rows.Select(r => r.ToUser(memberships[r.Id].Where(allGroups.ContainsKey).Select(id => allGroups[id]).ToArray())).ToArray();
    }

    /// <summary>Inserts a user and its memberships; returns it with its id.</summary>
    public async Task<BackofficeUser> InsertAsync(DbConnection connection, BackofficeUser user, DbTransaction transaction)
    {
        var id = await connection.ExecuteScalarAsync<int>(
            """
            INSERT INTO umbracoUser (uniqueId, name, email, normalizedEmail, passwordHash, securityStamp, disabled, failedAttempts,
                lockedUntil, lastLockoutDate, lastLoginDate, lastPasswordChangeDate, startContentKey, createDate, updateDate)
            VALUES (@uniqueId, @name, @email, @normalizedEmail, @passwordHash, @securityStamp, @disabled, @failedAttempts,
                @lockedUntil, @lastLockoutDate, @lastLoginDate, @lastPasswordChangeDate, @startContentKey, @createDate, @updateDate)
            RETURNING id
            """,
            Parameters(user), transaction).ConfigureAwait(false);
        var saved = user with { Id = id };
        await WriteGroupsAsync(connection, saved, transaction).ConfigureAwait(false);
        return saved;
    }

    /// <summary>Writes every column and the memberships of an existing user.</summary>
    public async Task UpdateAsync(DbConnection connection, BackofficeUser user, DbTransaction transaction)
    {
        await connection.ExecuteAsync(
            """
            UPDATE umbracoUser SET name = @name, email = @email, normalizedEmail = @normalizedEmail, passwordHash = @passwordHash,
                securityStamp = @securityStamp, disabled = @disabled, failedAttempts = @failedAttempts, lockedUntil = @lockedUntil,
                lastLockoutDate = @lastLockoutDate, lastLoginDate = @lastLoginDate, lastPasswordChangeDate = @lastPasswordChangeDate,
                startContentKey = @startContentKey, updateDate = @updateDate
            WHERE id = @id
            """,
            Parameters(user), transaction).ConfigureAwait(false);
        await WriteGroupsAsync(connection, user, transaction).ConfigureAwait(false);
    }

    /// <summary>Records a login attempt's outcome without touching anything else (no membership rewrite).</summary>
    public Task UpdateLoginStateAsync(DbConnection connection, BackofficeUser user, DbTransaction transaction) =>
        connection.ExecuteAsync(
            """
            UPDATE umbracoUser SET failedAttempts = @failedAttempts, lockedUntil = @lockedUntil, lastLockoutDate = @lastLockoutDate,
                lastLoginDate = @lastLoginDate, passwordHash = @passwordHash
            WHERE id = @id
            """,
            Parameters(user), transaction);

    /// <summary>Deletes a user (memberships cascade).</summary>
    public async Task DeleteAsync(DbConnection connection, int id, DbTransaction transaction)
    {
        await connection.ExecuteAsync("DELETE FROM umbracoUser2UserGroup WHERE userId = @id", new { id }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM umbracoUser WHERE id = @id", new { id }, transaction).ConfigureAwait(false);
    }

    /// <summary>The normalized form of an e-mail used for uniqueness and look-ups.</summary>
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private async Task<BackofficeUser?> SingleAsync(DbConnection connection, string where, object parameters, DbTransaction? transaction)
    {
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(SelectUser + where, parameters, transaction).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var userGroups = await groups.GetForUserAsync(connection, row.Id, transaction).ConfigureAwait(false);
        return row.ToUser(userGroups);
    }

    private static async Task WriteGroupsAsync(DbConnection connection, BackofficeUser user, DbTransaction transaction)
    {
        await connection.ExecuteAsync("DELETE FROM umbracoUser2UserGroup WHERE userId = @id", new { id = user.Id }, transaction).ConfigureAwait(false);
        foreach (var group in user.Groups.DistinctBy(g => g.Id))
        {
            await connection.ExecuteAsync(
                "INSERT INTO umbracoUser2UserGroup (userId, userGroupId) VALUES (@userId, @groupId)",
                new { userId = user.Id, groupId = group.Id }, transaction).ConfigureAwait(false);
        }
    }

    private static object Parameters(BackofficeUser u) => new
    {
        id = u.Id,
        uniqueId = u.Key.ToString("D"),
        name = u.Name,
        email = u.Email.Trim(),
        normalizedEmail = Normalize(u.Email),
        passwordHash = u.PasswordHash,
        securityStamp = u.SecurityStamp,
        disabled = u.Disabled,
        failedAttempts = u.FailedAttempts,
        lockedUntil = DbDate.Write(u.LockedUntil),
        lastLockoutDate = DbDate.Write(u.LastLockoutDate),
        lastLoginDate = DbDate.Write(u.LastLoginDate),
        lastPasswordChangeDate = DbDate.Write(u.LastPasswordChangeDate),
        startContentKey = u.StartContentKey?.ToString("D"),
        createDate = DbDate.Write(u.CreateDate),
        updateDate = DbDate.Write(u.UpdateDate),
    };

    private sealed class UserRow
    {
        public int Id { get; set; }
        public string UniqueId { get; set; } = "";
        public string Name { get; set; } = "";
        public string Email { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public string SecurityStamp { get; set; } = "";
        public bool Disabled { get; set; }
        public int FailedAttempts { get; set; }
        public string? LockedUntil { get; set; }
        public string? LastLockoutDate { get; set; }
        public string? LastLoginDate { get; set; }
        public string? LastPasswordChangeDate { get; set; }
        public string? StartContentKey { get; set; }
        public string CreateDate { get; set; } = "";
        public string UpdateDate { get; set; } = "";

        public BackofficeUser ToUser(IReadOnlyList<UserGroup> userGroups) => new()
        {
            Id = Id,
            Key = Guid.Parse(UniqueId),
            Name = Name,
            Email = Email,
            PasswordHash = PasswordHash,
            SecurityStamp = SecurityStamp,
            Disabled = Disabled,
            FailedAttempts = FailedAttempts,
            LockedUntil = DbDate.ReadNullable(LockedUntil),
            LastLockoutDate = DbDate.ReadNullable(LastLockoutDate),
            LastLoginDate = DbDate.ReadNullable(LastLoginDate),
            LastPasswordChangeDate = DbDate.ReadNullable(LastPasswordChangeDate),
            StartContentKey = StartContentKey is null ? null : Guid.Parse(StartContentKey),
            CreateDate = DbDate.Read(CreateDate),
            UpdateDate = DbDate.Read(UpdateDate),
            Groups = userGroups,
        };
    }
}
