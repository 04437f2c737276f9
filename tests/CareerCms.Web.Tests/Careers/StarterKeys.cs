namespace CareerCms.Web.Tests.Careers;

/// <summary>Keys of the starter content in uSync/v17/Content (the imported documents keep them).</summary>
internal static class StarterKeys
{
    public static readonly Guid CareersRoot = Guid.Parse("65a6dbb8-ff45-44ed-8ec2-ddc5cf52fa98");
    public static readonly Guid Mlops = Guid.Parse("c9ea2334-f279-43cf-9fea-489f6acde1a0");
    public static readonly Guid SoftwareEngineer = Guid.Parse("dfc28153-bef7-4c17-9c8c-5daa1b831253");
    public static readonly Guid FrontendDeveloper = Guid.Parse("31e664e1-d508-4c0e-a2fb-a16b8c7e1cde");
    public static readonly Guid BackendDeveloper = Guid.Parse("39cbb065-5941-471f-8215-4ddad6236b59");
    public static readonly Guid MachineLearningEngineer = Guid.Parse("28b757f4-03f4-481e-b52a-f6c6a4b36db9");
    public static readonly Guid AiInfrastructureEngineer = Guid.Parse("2f1aa8a8-c7b0-4ea3-ab22-2bd0068600bb");
    public static readonly Guid DataEngineer = Guid.Parse("a9fe57e0-824e-4521-9b53-b516c5ca8347");
    public static readonly Guid SoftwareEngineerPath = Guid.Parse("b7d63d91-06d0-4359-aef0-858371c765fc");
    public static readonly Guid FrontendDeveloperPath = Guid.Parse("6409703d-eb39-4b7a-a478-2b617108363b");
    public static readonly Guid BackendDeveloperPath = Guid.Parse("61fb64f4-2f37-4ad2-9088-39a7b2b2c55f");

    public const string SoftwareEngineerPathName = "Software Engineer to MLOps Engineer";
    public const string FrontendDeveloperPathName = "Frontend Developer to MLOps Engineer";
    public const string BackendDeveloperPathName = "Backend Developer to MLOps Engineer";
}
