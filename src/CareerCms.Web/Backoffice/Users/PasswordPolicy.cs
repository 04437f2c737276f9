using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;

namespace CareerCms.Web.Backoffice.Users;

/// <summary>Umbraco's user password rules (<c>Umbraco:CMS:Security:UserPassword</c>): length and character classes.</summary>
public sealed class PasswordPolicy(IOptions<UserPasswordConfigurationSettings> options)
{
    /// <summary>The configured rules.</summary>
    public UserPasswordConfigurationSettings Settings => options.Value;

    /// <summary>What is wrong with a password; empty when it is acceptable.</summary>
    public IReadOnlyList<string> Check(string? password)
    {
        var settings = options.Value;
        var problems = new List<string>();
        password ??= "";
        if (password.Length < settings.RequiredLength)
        {
            problems.Add($"The password must be at least {settings.RequiredLength} characters long.");
        }

        if (settings.RequireDigit && !password.Any(char.IsDigit))
        {
            problems.Add("The password must contain a digit.");
        }

        if (settings.RequireLowercase && !password.Any(char.IsLower))
        {
            problems.Add("The password must contain a lowercase letter.");
        }

        if (settings.RequireUppercase && !password.Any(char.IsUpper))
        {
            problems.Add("The password must contain an uppercase letter.");
        }

        if (settings.RequireNonLetterOrDigit && password.All(char.IsLetterOrDigit))
        {
            problems.Add("The password must contain a character that is not a letter or digit.");
        }

        return problems;
    }
}
