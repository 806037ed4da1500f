using SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.EndToEnd.Tests
{
    /// <summary>`dotnet format analyzers` applies the package's code fix from the command line, as CI bots do.</summary>
    [Collection(PackedPackageCollection.Name)]
    public sealed class FormatTests
    {
        private readonly PackedPackage _package;

        public FormatTests(PackedPackage package)
        {
            _package = package;
        }

        [Fact]
        public void Dotnet_format_applies_the_SMA001_fix_and_the_project_then_builds_without_it()
        {
            var project = ConsumerProject.Create(_package, "format");
            var before = project.ReadSource();

            var format = DotNetCli.Run(project.Directory, "format", "analyzers", project.ProjectFile, "--diagnostics", "SMA001", "--severity", "warn", "-v", "diag");
            var after = project.ReadSource();
            var build = project.Rebuild();

            Assert.True(format.Succeeded, format.Describe());
            Assert.NotEqual(before, after);
            Assert.True(build.Result.Succeeded, build.Describe());
            Assert.True(build.WithId("SMA001").IsEmpty, "SMA001 is still reported after dotnet format:\n" + build.Describe() + "\n" + after);
            // The preferred fix, "Welcome publicly instead", keeps the user's text and no longer writes to the member.
            Assert.DoesNotContain("SendMessage(member.Id", after);
            Assert.Contains("Welcome! Check out https://example.com/promo", after);
        }
    }
}
