using CareerCms.Plugin.Careers;

namespace CareerCms.Tests.Common.Careers;

/// <summary>
/// The careers of docs/starter-data.md, value for value. The keys are fixed test keys; look careers up by name
/// where a test needs the keys of imported content.
/// </summary>
public static class StarterCareers
{
    public const string AiInfrastructure = "AI/Infrastructure";
    public const string SoftwareDevelopment = "Software Development";

    public static CareerProfile MlopsEngineer { get; } = new CareerProfileBuilder("MLOps Engineer")
        .WithKey("d0b4442f-01d5-4d39-b432-273d505831ad").WithSalary(130000, 220000).WithJobZone(4)
        .Requires(StarterSkills.Python, 5, 5).Requires(StarterSkills.Docker, 4, 5)
        .Requires(StarterSkills.Kubernetes, 4, 5).Requires(StarterSkills.Mlflow, 4, 4)
        .Requires(StarterSkills.Kubeflow, 3, 4).Requires(StarterSkills.CiCd, 5, 5)
        .Requires(StarterSkills.ModelMonitoring, 4, 4).Requires(StarterSkills.MachineLearningFundamentals, 4, 4)
        .Requires(StarterSkills.CloudPlatforms, 4, 5).Requires(StarterSkills.SystemDesign, 3, 4)
        .Requires(StarterSkills.Linux, 3, 4).Requires(StarterSkills.Git, 3, 5)
        .Build();

    public static CareerProfile SoftwareEngineer { get; } = new CareerProfileBuilder("Software Engineer")
        .WithKey("8979e057-094e-46e3-8e8d-245d6b20fb0b").WithSalary(110000, 160000).WithJobZone(4)
        .Requires(StarterSkills.Python, 4, 5).Requires(StarterSkills.SystemDesign, 4, 5)
        .Requires(StarterSkills.CiCd, 4, 4).Requires(StarterSkills.Git, 5, 6)
        .Requires(StarterSkills.AutomatedTesting, 4, 5).Requires(StarterSkills.Sql, 3, 4)
        .Requires(StarterSkills.ApiDesign, 4, 5).Requires(StarterSkills.Linux, 3, 4)
        .Requires(StarterSkills.Docker, 3, 4).Requires(StarterSkills.CloudPlatforms, 3, 4)
        .Requires(StarterSkills.JavaScript, 3, 4)
        .Build();

    public static CareerProfile FrontendDeveloper { get; } = new CareerProfileBuilder("Frontend Developer")
        .WithKey("7e08aa1f-e30f-4f99-8a77-d1e3b524311d").WithSalary(90000, 140000).WithJobZone(3)
        .Requires(StarterSkills.JavaScript, 5, 6).Requires(StarterSkills.UiDevelopment, 5, 6)
        .Requires(StarterSkills.Git, 4, 5).Requires(StarterSkills.AutomatedTesting, 3, 4)
        .Requires(StarterSkills.ApiDesign, 3, 3).Requires(StarterSkills.CiCd, 2, 3)
        .Requires(StarterSkills.Python, 2, 1).Requires(StarterSkills.Docker, 2, 1)
        .Build();

    public static CareerProfile BackendDeveloper { get; } = new CareerProfileBuilder("Backend Developer")
        .WithKey("99a3b306-ce1e-46ff-a902-9fbd90e9d1ae").WithSalary(110000, 170000).WithJobZone(4)
        .Requires(StarterSkills.Python, 4, 5).Requires(StarterSkills.ApiDesign, 5, 6)
        .Requires(StarterSkills.Sql, 5, 6).Requires(StarterSkills.SystemDesign, 4, 5)
        .Requires(StarterSkills.CiCd, 4, 5).Requires(StarterSkills.Docker, 4, 4)
        .Requires(StarterSkills.CloudPlatforms, 4, 4).Requires(StarterSkills.Linux, 4, 4)
        .Requires(StarterSkills.Git, 4, 5).Requires(StarterSkills.AutomatedTesting, 3, 4)
        .Build();

    public static CareerProfile MachineLearningEngineer { get; } = new CareerProfileBuilder("Machine Learning Engineer")
        .WithKey("b11b0acc-097b-44f7-b806-9b58f1f19cee").WithSalary(140000, 230000).WithJobZone(4)
        .Requires(StarterSkills.Python, 5, 6).Requires(StarterSkills.MachineLearningFundamentals, 5, 6)
        .Requires(StarterSkills.Mlflow, 3, 4).Requires(StarterSkills.DataPipelines, 4, 4)
        .Requires(StarterSkills.Sql, 3, 4).Requires(StarterSkills.Docker, 3, 3)
        .Requires(StarterSkills.CloudPlatforms, 3, 4).Requires(StarterSkills.Git, 3, 4)
        .Build();

    public static CareerProfile AiInfrastructureEngineer { get; } = new CareerProfileBuilder("AI Infrastructure Engineer")
        .WithKey("a00ff8d1-b82b-4cce-a2fd-50a2d7853f95").WithSalary(135000, 210000).WithJobZone(4)
        .Requires(StarterSkills.Kubernetes, 5, 6).Requires(StarterSkills.Docker, 4, 5)
        .Requires(StarterSkills.CloudPlatforms, 5, 6).Requires(StarterSkills.Linux, 4, 5)
        .Requires(StarterSkills.CiCd, 4, 5).Requires(StarterSkills.SystemDesign, 4, 5)
        .Requires(StarterSkills.Python, 3, 4).Requires(StarterSkills.MachineLearningFundamentals, 2, 2)
        .Build();

    public static CareerProfile DataEngineer { get; } = new CareerProfileBuilder("Data Engineer")
        .WithKey("4f03d39f-5184-4c2a-9000-6f27c862ebb2").WithSalary(115000, 180000).WithJobZone(4)
        .Requires(StarterSkills.Python, 4, 5).Requires(StarterSkills.Sql, 5, 6)
        .Requires(StarterSkills.DataPipelines, 5, 6).Requires(StarterSkills.CloudPlatforms, 4, 4)
        .Requires(StarterSkills.Docker, 3, 3).Requires(StarterSkills.Git, 3, 4)
        .Build();

    /// <summary>All seven starter careers, in the table's order.</summary>
    public static IReadOnlyList<CareerProfile> All { get; } =
    [
        MlopsEngineer, SoftwareEngineer, FrontendDeveloper, BackendDeveloper, MachineLearningEngineer,
        AiInfrastructureEngineer, DataEngineer,
    ];

    /// <summary>The starter careers as path counting sees them once published.</summary>
    public static IReadOnlyList<PublishedCareer> Published { get; } =
    [
        new(MlopsEngineer.Key, AiInfrastructure),
        new(SoftwareEngineer.Key, SoftwareDevelopment),
        new(FrontendDeveloper.Key, SoftwareDevelopment),
        new(BackendDeveloper.Key, SoftwareDevelopment),
        new(MachineLearningEngineer.Key, AiInfrastructure),
        new(AiInfrastructureEngineer.Key, AiInfrastructure),
        new(DataEngineer.Key, AiInfrastructure),
    ];
}
