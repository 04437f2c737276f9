using System.Xml.Linq;
using CareerCms.Web.Persistence;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CareerCms.Web.Security.DataProtection;

/// <summary>
/// The data-protection key ring in the database (<c>careercmsDataProtectionKey</c>), shared by every node. The key
/// manager hands this repository the already encrypted XML; nothing here sees a key in the clear.
/// </summary>
public sealed class DataProtectionKeyRepository(DatabaseScopeProvider scopes, TimeProvider clock) : IXmlRepository
{
    /// <inheritdoc />
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // IXmlRepository is synchronous; the key ring is read rarely (start, then once a day or on a new key).
        using var connection = scopes.OpenConnectionAsync().GetAwaiter().GetResult();
        return connection.Query<string>("SELECT xml FROM careercmsDataProtectionKey ORDER BY created, friendlyName")
            .Select(XElement.Parse)
            .ToArray();
    }

    /// <inheritdoc />
    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var scope = scopes.CreateScopeAsync().GetAwaiter().GetResult();
        try
        {
            scope.Connection.Execute(
                """
                INSERT INTO careercmsDataProtectionKey (friendlyName, xml, created) VALUES (@friendlyName, @xml, @created)
                ON CONFLICT (friendlyName) DO UPDATE SET xml = excluded.xml
                """,
                new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), created = DbDate.Write(clock.GetUtcNow().UtcDateTime) },
                scope.Transaction);
            scope.Complete();
        }
        finally
        {
            scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
