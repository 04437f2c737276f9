using CareerCms.Web.Composition;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>
/// Umbraco's unattended install: with <c>Umbraco:CMS:Unattended:InstallUnattended</c> and the user name, e-mail and
/// password set, the first administrator is created at start-up when the site has no user yet. A password that
/// fails the policy stops the start with the policy's message (as Umbraco's unattended install does).
/// </summary>
internal sealed class UnattendedInstallStep(IOptions<UnattendedSettings> settings, BackofficeUserService users, ILogger<UnattendedInstallStep> logger) : IStartupStep
{
    /// <inheritdoc />
    public int Order => 1000;

    /// <inheritdoc />
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var s = settings.Value;
        if (!s.InstallUnattended || string.IsNullOrWhiteSpace(s.UnattendedUserEmail) || !await users.NeedsInstallAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var result = await users.InstallAsync(s.UnattendedUserName ?? s.UnattendedUserEmail, s.UnattendedUserEmail, s.UnattendedUserPassword ?? "", cancellationToken).ConfigureAwait(false);
        if (result.Status == UserOperationStatus.AlreadyInstalled)
        {
            return; // another node installed first
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Unattended install failed ({result.Status}): {string.Join(" ", result.Messages ?? [])}");
        }

        logger.LogInformation("Unattended install created the administrator {Email}", s.UnattendedUserEmail);
    }
}
