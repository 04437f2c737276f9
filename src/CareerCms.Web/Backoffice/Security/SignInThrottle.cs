using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Backoffice.Security;

/// <summary>
/// <c>CareerCms:Security:SignInThrottle</c>: how many wrong passwords one client address may send in a window, in
/// all and against one account, before it must wait.
/// </summary>
public sealed class SignInThrottleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:Security:SignInThrottle";

    /// <summary>
    /// Wrong passwords one client may send for one account per window. Default 3: below Umbraco's lockout of 5, so
    /// one address alone cannot lock someone else's account.
    /// </summary>
    public int MaxFailuresPerClientAndAccount { get; set; } = 3;

    /// <summary>Wrong passwords one client may send for any accounts per window. Default 20.</summary>
    public int MaxFailuresPerClient { get; set; } = 20;

    /// <summary>The window, counted from a client's first failure. Default 15 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Per-address throttling of password checks (sign-in, and the current password asked before a password change):
/// a client that sent too many wrong passwords gets 429 with <c>Retry-After</c> until its window ends, and its
/// further attempts are not checked at all, so they neither reveal anything nor count towards the account's lockout.
/// Counts live in this node's memory (each node throttles on its own), at most <see cref="MaxTrackedKeys"/> of them.
/// </summary>
public sealed class SignInThrottle(IOptionsMonitor<SignInThrottleOptions> options, TimeProvider clock) : IDisposable
{
    /// <summary>Most counters kept at once; beyond it the cache evicts (a flood of addresses cannot exhaust memory).</summary>
    public const int MaxTrackedKeys = 100_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxTrackedKeys });

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();

    /// <summary>How long <paramref name="client"/> must wait before trying <paramref name="account"/>, or null.</summary>
    public TimeSpan? RetryAfter(string client, string account)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        return Wait(ClientKey(client), settings.MaxFailuresPerClient, now) ?? Wait(AccountKey(client, account), settings.MaxFailuresPerClientAndAccount, now);
    }

    /// <summary>Counts a wrong password from <paramref name="client"/> for <paramref name="account"/>.</summary>
    public void RecordFailure(string client, string account)
    {
        Increment(ClientKey(client));
        Increment(AccountKey(client, account));
    }

    private TimeSpan? Wait(string key, int max, DateTimeOffset now) =>
        cache.TryGetValue(key, out Counter? counter) && counter is not null && counter.Count >= max && counter.Ends > now
            ? counter.Ends - now
            : null;

    private void Increment(string key)
    {
        var window = options.CurrentValue.Window;
        var counter = cache.GetOrCreate(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = window;
            entry.Size = 1;
            return new Counter(clock.GetUtcNow() + window);
        })!;
        Interlocked.Increment(ref counter.Count);
    }

    private static string ClientKey(string client) => "signin-client:" + client;

    private static string AccountKey(string client, string account) => $"signin-account:{client}|{account.Trim().ToUpperInvariant()}";

    private sealed class Counter(DateTimeOffset ends)
    {
        public int Count;

        public DateTimeOffset Ends { get; } = ends;
    }
}
