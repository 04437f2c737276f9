using CareerCms.Web.Persistence;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>
/// Backoffice sign-in sessions. Each sign-in gets a session id that the auth cookie carries; every request checks
/// that the session is still active, so signing out ends it at once on every node, even for a copy of the cookie
/// taken before. A session lasts at most <see cref="MaximumAge"/>; older rows are removed at the next sign-in.
/// </summary>
public sealed class UserSessionService(DatabaseScopeProvider scopes, UserSessionRepository sessions, TimeProvider clock)
{
    /// <summary>The longest a session may last, however active it is.</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromDays(30);

    /// <summary>Starts a session for <paramref name="user"/>; returns its id.</summary>
    public async Task<Guid> StartAsync(BackofficeUser user, string? ipAddress, CancellationToken cancellationToken = default)
    {
        var sessionId = Guid.NewGuid();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        await sessions.DeleteOldAsync(scope.Connection, now - MaximumAge, scope.Transaction).ConfigureAwait(false);
        await sessions.InsertAsync(scope.Connection, sessionId, user.Id, now, ipAddress, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
        return sessionId;
    }

    /// <summary>True when the session belongs to the user and has not ended.</summary>
    public async Task<bool> IsActiveAsync(Guid sessionId, int userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await scopes.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await sessions.IsActiveAsync(connection, sessionId, userId).ConfigureAwait(false);
    }

    /// <summary>Ends a session (sign-out).</summary>
    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var scope = await scopes.CreateScopeAsync(cancellationToken).ConfigureAwait(false);
        await sessions.EndAsync(scope.Connection, sessionId, clock.GetUtcNow().UtcDateTime, scope.Transaction).ConfigureAwait(false);
        scope.Complete();
    }
}
