using System.Text;
using SocialAutomation.Analyzers.Tests.Infrastructure;

namespace SocialAutomation.Analyzers.Tests.MetaTests
{
    /// <summary>
    /// The preset globalconfig files shipped in the package (build/config/*.globalconfig), generated from
    /// <see cref="Rules.RuleIdentifiers"/> so every rule, present and future, is covered by each preset.
    /// </summary>
    public static class PresetFiles
    {
        public const string Directory = "src/SocialAutomation.Analyzers.Package/build/config/";

        /// <summary>Preset name (the value of SocialAutomationAnalysisMode) and the severity it gives every rule.</summary>
        public static readonly (string Mode, string Severity, string Summary)[] Presets =
        {
            ("none", "none", "every SocialAutomation rule is off"),
            ("strict", "error", "every SocialAutomation rule is an error"),
        };

        public static string PathOf(string mode) => Directory + mode + ".globalconfig";

        public static string Generate(string mode, string severity, string summary)
        {
            var text = new StringBuilder();
            text.Append("# SocialAutomation.Analyzers preset \"").Append(mode).Append("\": ").Append(summary).Append(".\n");
            text.Append("# Chosen with <SocialAutomationAnalysisMode>").Append(mode).Append("</SocialAutomationAnalysisMode>. Generated from Rules/RuleIdentifiers.cs:\n");
            text.Append("# PresetTests fails when an ID is missing, and UPDATE_PRESETS=1 dotnet test rewrites this file.\n");
            text.Append("is_global = true\n");
            text.Append("# Below the default level of 0, so the project's own global configs and .editorconfig win.\n");
            text.Append("global_level = -1\n");
            text.Append('\n');
            foreach (var id in PackageInventory.RuleIds)
            {
                text.Append("dotnet_diagnostic.").Append(id).Append(".severity = ").Append(severity).Append('\n');
            }

            return text.ToString();
        }
    }
}
