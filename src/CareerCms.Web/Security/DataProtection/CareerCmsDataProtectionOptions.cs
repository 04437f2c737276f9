namespace CareerCms.Web.Security.DataProtection;

/// <summary>
/// <c>CareerCms:DataProtection</c>: where the data-protection keys' encryption certificate comes from. The keys
/// themselves are kept in the database, shared by every node; several nodes must therefore use the same certificate
/// (set <see cref="CertificatePath"/> on each, or share one data folder).
/// </summary>
public sealed class CareerCmsDataProtectionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "CareerCms:DataProtection";

    /// <summary>The application name that isolates this site's protected data. Default <c>CareerCms</c>.</summary>
    public string ApplicationName { get; set; } = "CareerCms";

    /// <summary>
    /// A PKCS#12 (.pfx) file with a private key that encrypts the keys at rest. Default none: the site makes its own
    /// once, in its data folder (<see cref="KeyEncryptionCertificate.GeneratedFileName"/>).
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/> (and of the previous ones). Default none.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Earlier certificates, kept after a change so keys they encrypted can still be read. Default none.</summary>
    public List<string> PreviousCertificatePaths { get; set; } = [];
}
