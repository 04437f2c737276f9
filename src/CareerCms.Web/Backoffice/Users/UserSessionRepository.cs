using System.Data.Common;
using CareerCms.Web.Persistence;
using Dapper;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>Backoffice sign-in sessions (<c>umbracoUserLogin</c>): explicit SQL over Dapper, shared by both dialects.</summary>
public sealed class UserSessionRepository
{
    /// <summary>Records a new session.</summary>
    public Task InsertAsync(DbConnection connection, Guid sessionId, int userId, DateTime utcNow, string? ipAddress, DbTransaction? transaction = null) =>
        connection.ExecuteAsync(
            """
            INSERT INTO umbracoUserLogin (sessionId, userId, loggedInUtc, lastValidatedUtc, loggedOutUtc, ipAddress)
            VALUES (@sessionId, @userId, @now, @now, NULL, @ipAddress)
            """,
            new { sessionId = sessionId.ToString("D"), userId, now = DbDate.Write(utcNow), ipAddress },
            transaction);

    /// <summary>True when the session exists for that user and has not been signed out.</summary>
    public async Task<bool> IsActiveAsync(DbConnection connection, Guid sessionId, int userId, DbTransaction? transaction = null) =>
        await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM umbracoUserLogin WHERE sessionId = @sessionId AND userId = @userId AND loggedOutUtc IS NULL",
            new { sessionId = sessionId.ToString("D"), userId },
            transaction).ConfigureAwait(false) == 1;

    /// <summary>Marks one session as signed out; true when it was active.</summary>
    public async Task<bool> EndAsync(DbConnection connection, Guid sessionId, DateTime utcNow, DbTransaction? transaction = null) =>
        await connection.ExecuteAsync(
            "UPDATE umbracoUserLogin SET loggedOutUtc = @now WHERE sessionId = @sessionId AND loggedOutUtc IS NULL",
            new { sessionId = sessionId.ToString("D"), now = DbDate.Write(utcNow) },
            transaction).ConfigureAwait(false) == 1;

    /// <summary>Deletes sessions that ended or began before <paramref name="olderThanUtc"/>.</summary>
    public Task<int> DeleteOldAsync(DbConnection connection, DateTime olderThanUtc, DbTransaction? transaction = null) =>
        connection.ExecuteAsync(
            "DELETE FROM umbracoUserLogin WHERE loggedInUtc < @cutoff OR loggedOutUtc < @cutoff",
            new { cutoff = DbDate.Write(olderThanUtc) },
            transaction);
}
