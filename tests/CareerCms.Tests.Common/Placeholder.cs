namespace CareerCms.Tests.Common;
