using CareerCms.Plugin.Careers;

namespace CareerCms.Tests.Common.Careers;

/// <summary>The skills of docs/starter-data.md, value for value. Change them there and here, or neither.</summary>
public static class StarterSkills
{
    public static SkillInfo Python { get; } = new("python", "Python", 120);
    public static SkillInfo Linux { get; } = new("linux", "Linux", 60);
    public static SkillInfo Git { get; } = new("git-and-version-control", "Git and version control", 20);
    public static SkillInfo AutomatedTesting { get; } = new("automated-testing", "Automated testing", 40);
    public static SkillInfo JavaScript { get; } = new("javascript", "JavaScript", 100);
    public static SkillInfo UiDevelopment { get; } = new("ui-development", "UI development", 100, ["javascript"]);
    public static SkillInfo Sql { get; } = new("sql-and-databases", "SQL and databases", 80);
    public static SkillInfo ApiDesign { get; } = new("api-design", "API design", 60);
    public static SkillInfo SystemDesign { get; } = new("system-design", "System design", 120);
    public static SkillInfo CiCd { get; } = new("ci-cd", "CI/CD", 60, ["git-and-version-control"]);
    public static SkillInfo Docker { get; } = new("docker", "Docker", 60, ["linux"]);
    public static SkillInfo Kubernetes { get; } = new("kubernetes", "Kubernetes", 120, ["docker"]);
    public static SkillInfo CloudPlatforms { get; } = new("cloud-platforms", "Cloud platforms", 100, ["linux"]);

    public static SkillInfo MachineLearningFundamentals { get; } =
        new("machine-learning-fundamentals", "Machine learning fundamentals", 160, ["python"]);

    public static SkillInfo Mlflow { get; } =
        new("mlflow", "MLflow", 40, ["python", "machine-learning-fundamentals"]);

    public static SkillInfo Kubeflow { get; } =
        new("kubeflow", "Kubeflow", 80, ["kubernetes", "machine-learning-fundamentals"]);

    public static SkillInfo ModelMonitoring { get; } =
        new("model-monitoring", "Model monitoring", 60, ["machine-learning-fundamentals"]);

    public static SkillInfo DataPipelines { get; } =
        new("data-pipelines", "Data pipelines", 100, ["python", "sql-and-databases"]);

    /// <summary>All 18 starter skills, in the table's order.</summary>
    public static IReadOnlyList<SkillInfo> All { get; } =
    [
        Python, Linux, Git, AutomatedTesting, JavaScript, UiDevelopment, Sql, ApiDesign, SystemDesign, CiCd,
        Docker, Kubernetes, CloudPlatforms, MachineLearningFundamentals, Mlflow, Kubeflow, ModelMonitoring,
        DataPipelines,
    ];

    /// <summary>A catalog of all starter skills.</summary>
    public static SkillCatalog Catalog { get; } = new(All);
}
