using System.Net;
using CareerCms.Web.Persistence;
using CareerCms.Web.Tests.Backoffice;
using CareerCms.Web.Tests.Infrastructure;
using Dapper;

namespace CareerCms.Web.Tests.Security;

/// <summary>
/// Security review (lower finding): the data-protection keys (behind sign-in cookies and antiforgery tokens) are kept
/// in the database, shared by nodes, and encrypted at rest with the key-encryption certificate.
/// </summary>
public sealed class DataProtectionTests
{
    [Theory]
    [InlineData(TestDatabaseKind.Sqlite)]
    [InlineData(TestDatabaseKind.PostgreSql)]
    public async Task Keys_AreStoredEncryptedInTheDatabase_AndASignInSurvivesARestart(TestDatabaseKind kind)
    {
        var directory = Directory.CreateTempSubdirectory("careercms-dp-").FullName;
        var database = await TestDatabase.CreateAsync(kind, directory);
        try
        {
            string cookie;
            await using (var site = await CareerCmsSite.StartAsync(kind, StarterSiteFixture.StarterFolder, BackofficeSiteFixture.Settings, directory, database))
            {
                using var admin = await BackofficeClient.InstallAsync(site);
                cookie = admin.SetCookies.Last(c => c.StartsWith("UMB_UCONTEXT=", StringComparison.Ordinal)).Split(';')[0];

                await using var connection = await site.Get<DatabaseScopeProvider>().OpenConnectionAsync();
                var keys = (await connection.QueryAsync<string>("SELECT xml FROM careercmsDataProtectionKey")).ToArray();
                Assert.NotEmpty(keys);
                Assert.All(keys, xml =>
                {
                    Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                    Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
                });
            }

            Assert.True(File.Exists(Path.Combine(directory, "DataProtection", "key-encryption.pfx")));
            await using (var restarted = await CareerCmsSite.StartAsync(kind, StarterSiteFixture.StarterFolder, BackofficeSiteFixture.Settings, directory, database))
            {
                using var client = restarted.CreateClient();
                using var request = new HttpRequestMessage(HttpMethod.Get, BackofficeClient.Api + "/user/current");
                request.Headers.Add("Cookie", cookie);
                Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
            }
        }
        finally
        {
            await database.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
