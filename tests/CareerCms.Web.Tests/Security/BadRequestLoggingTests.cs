using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CareerCms.Web.Tests.Backoffice;
using CareerCms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerCms.Web.Tests.Security;

/// <summary>Security review (lower finding): a client's malformed request is a 400, not an error-level log with a stack trace.</summary>
public sealed class BadRequestLoggingTests : IAsyncLifetime
{
    private readonly RecordingLoggerProvider _logs = new();
    private CareerCmsSite _site = null!;
    private BackofficeClient _admin = null!;

    public async Task InitializeAsync()
    {
        var settings = BackofficeSiteFixture.Settings;
        settings["Logging:LogLevel:Default"] = "Information";
        _site = await CareerCmsSite.StartAsync(
            uSyncFolder: StarterSiteFixture.StarterFolder, settings: settings, testServices: s => s.AddSingleton<ILoggerProvider>(_logs));
        _admin = await BackofficeClient.InstallAsync(_site);
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    [Theory]
    [InlineData("PUT", "/document/c9ea2334-f279-43cf-9fea-489f6acde1a0", "{\"values\":")]
    [InlineData("POST", "/user", "not json")]
    [InlineData("PUT", "/document/sort", "[1,2,3]")]
    public async Task MalformedBody_Is400_AndLogsNoError(string method, string path, string body)
    {
        _logs.Entries.Clear();
        using var request = new HttpRequestMessage(new HttpMethod(method), BackofficeClient.Api + path)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        var response = await _admin.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider
    {
        public ConcurrentBag<(LogLevel Level, string Category, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Recorder(RecordingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Add((logLevel, category, formatter(state, exception)));
        }
    }
}
