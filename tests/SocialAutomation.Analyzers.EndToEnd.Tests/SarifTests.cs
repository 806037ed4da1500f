using System.IO;
using System.Linq;
using System.Text.Json;
using SocialAutomation.Analyzers.EndToEnd.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.EndToEnd.Tests
{
    /// <summary>CI code-scanning reads the compiler's SARIF log: results carry the rule, the place and the help link.</summary>
    [Collection(PackedPackageCollection.Name)]
    public sealed class SarifTests
    {
        private readonly PackedPackage _package;

        public SarifTests(PackedPackage package)
        {
            _package = package;
        }

        [Fact]
        public void ErrorLog_writes_SARIF_2_1_with_the_results_and_their_help_links()
        {
            var build = _package.DefaultBuild;
            var project = _package.SharedConsumer;

            Assert.True(build.Result.Succeeded, build.Describe());
            var sarifPath = Path.Combine(project.Directory, PackedPackage.SarifFileName);
            Assert.True(File.Exists(sarifPath), "No SARIF log written. " + build.Describe());
            using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var run = sarif.RootElement.GetProperty("runs")[0];

            var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "SMA001");
            Assert.Equal("warning", result.GetProperty("level").GetString());
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("/" + ConsumerProject.SourceFileName, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(project.LineOf("await bot.SendMessage(member.Id,"), location.GetProperty("region").GetProperty("startLine").GetInt32());

            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Single(r => r.GetProperty("id").GetString() == "SMA001");
            Assert.Equal(
                "https://github.com/social-automation/SocialAutomation.Analyzers/blob/main/docs/rules/SMA001.md",
                rule.GetProperty("helpUri").GetString());

            var socialResults = run.GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("ruleId").GetString()!)
                .Where(id => id.StartsWith("SMA"))
                .Distinct();
            var socialRules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Where(r => r.GetProperty("id").GetString()!.StartsWith("SMA"))
                .ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
            Assert.All(socialResults, id => Assert.EndsWith(
                "/docs/rules/" + id + ".md",
                socialRules[id].GetProperty("helpUri").GetString()));
        }
    }
}
