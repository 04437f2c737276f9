using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CareerCms.Web.Security.DataProtection;

/// <summary>
/// The certificate that encrypts the data-protection keys at rest: the configured one
/// (<see cref="CareerCmsDataProtectionOptions.CertificatePath"/>), or, when none is configured, one made once for this
/// site and kept in its data folder (readable by the site's user only). A database copy alone then reveals no key.
/// </summary>
public static class KeyEncryptionCertificate
{
    /// <summary>The file name of the generated certificate inside the data folder.</summary>
    public const string GeneratedFileName = "DataProtection/key-encryption.pfx";

    /// <summary>Loads the configured certificate, or loads (first making) the site's own.</summary>
    public static X509Certificate2 Load(CareerCmsDataProtectionOptions options, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return LoadFile(options.CertificatePath, options.CertificatePassword);
        }

        var path = Path.Combine(dataDirectory, GeneratedFileName);
        if (!File.Exists(path))
        {
            Create(path);
        }

        return LoadFile(path, null);
    }

    /// <summary>Loads earlier certificates kept to read keys written before a certificate change.</summary>
    public static IReadOnlyList<X509Certificate2> LoadPrevious(CareerCmsDataProtectionOptions options) =>
        options.PreviousCertificatePaths.Select(p => LoadFile(p, options.CertificatePassword)).ToArray();

    private static X509Certificate2 LoadFile(string path, string? password)
    {
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"The key-encryption certificate '{path}' has no private key; keys could not be read back.");
    }

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CareerCms data protection key encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(100));
        var bytes = certificate.Export(X509ContentType.Pfx);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, create))
        {
            stream.Write(bytes);
        }

        try
        {
            // Two processes starting at once on one data folder: the first certificate wins, the other is dropped.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }
}
