using System.IO;
using SocialAutomation.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.MetaTests
{
    /// <summary>The presets in the package name every rule ID. UPDATE_PRESETS=1 rewrites them instead of checking.</summary>
    public class PresetTests
    {
        public static TheoryData<string> Modes()
        {
            var data = new TheoryData<string>();
            foreach (var preset in PresetFiles.Presets)
            {
                data.Add(preset.Mode);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Modes))]
        public void Preset_sets_every_rule_id(string mode)
        {
            var preset = System.Array.Find(PresetFiles.Presets, p => p.Mode == mode);
            var expected = PresetFiles.Generate(preset.Mode, preset.Severity, preset.Summary);
            var path = RepositoryFiles.PathOf(PresetFiles.PathOf(mode));
            if (RepositoryFiles.UpdateRequested("UPDATE_PRESETS"))
            {
                File.WriteAllText(path, expected);
            }

            var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
            Assert.True(expected == actual, $"{PresetFiles.PathOf(mode)} is out of date; run with UPDATE_PRESETS=1. Expected:\n{expected}");
        }

        [Fact]
        public void Props_file_refers_to_each_preset()
        {
            var props = RepositoryFiles.Read("src/SocialAutomation.Analyzers.Package/build/SocialAutomation.Analyzers.props");
            foreach (var preset in PresetFiles.Presets)
            {
                Assert.Contains($"config/{preset.Mode}.globalconfig\" Condition=\"'$(SocialAutomationAnalysisMode)' == '{preset.Mode}'\"", props);
            }
        }
    }
}
