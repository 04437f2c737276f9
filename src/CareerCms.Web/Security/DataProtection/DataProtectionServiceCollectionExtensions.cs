using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CareerCms.Web.Security.DataProtection;

/// <summary>
/// ASP.NET Core data protection for the site: the key ring in the database (every node shares it) and encrypted at
/// rest with the key-encryption certificate (<see cref="KeyEncryptionCertificate"/>), instead of the framework's
/// default of unencrypted files in the user's home folder.
/// </summary>
public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>Configures data protection from <c>CareerCms:DataProtection</c>; the certificate is loaded (or made) now.</summary>
    public static IServiceCollection AddCareerCmsDataProtection(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection(CareerCmsDataProtectionOptions.SectionName).Get<CareerCmsDataProtectionOptions>() ?? new();
        var certificate = KeyEncryptionCertificate.Load(options, dataDirectory);
        services.AddSingleton<DataProtectionKeyRepository>();
        services.AddDataProtection()
            .SetApplicationName(options.ApplicationName)
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate([certificate, .. KeyEncryptionCertificate.LoadPrevious(options)]);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(keys =>
            keys.XmlRepository = sp.GetRequiredService<DataProtectionKeyRepository>()));
        return services;
    }
}
