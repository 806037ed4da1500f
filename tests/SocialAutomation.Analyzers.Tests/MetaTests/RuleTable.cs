using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Tests.Infrastructure;

namespace SocialAutomation.Analyzers.Tests.MetaTests
{
    /// <summary>
    /// The rule table of README.md and the package README, generated from the descriptors of the rules that exist, so
    /// the docs cannot drift from the code.
    /// </summary>
    public static class RuleTable
    {
        public const string StartMarker = "<!-- rules:start -->";
        public const string EndMarker = "<!-- rules:end -->";

        /// <summary>
        /// The files that carry the table between the markers. The repository README links the doc pages relatively;
        /// the package README is read on nuget.org, so it uses the help links.
        /// </summary>
        public static readonly (string File, bool AbsoluteLinks)[] Files = { ("README.md", false), ("docs/package-readme.md", true) };

        public static string Generate(bool absoluteLinks)
        {
            var fixable = PackageInventory.FixableIds();
            var table = new StringBuilder();
            table.Append("| ID | Title | Category | Default severity | Fix |\n");
            table.Append("| --- | --- | --- | --- | --- |\n");
            foreach (var descriptor in PackageInventory.ImplementedDescriptors())
            {
                table.Append("| [").Append(descriptor.Id).Append("](").Append(absoluteLinks ? descriptor.HelpLinkUri : "docs/rules/" + descriptor.Id + ".md").Append(") | ")
                    .Append(EscapeCell(descriptor.Title.ToString())).Append(" | ")
                    .Append(descriptor.Category).Append(" | ")
                    .Append(SeverityText(descriptor)).Append(" | ")
                    .Append(fixable.Contains(descriptor.Id) ? "yes" : "no").Append(" |\n");
            }

            return table.ToString();
        }

        private static string SeverityText(DiagnosticDescriptor descriptor)
            => descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";

        private static string EscapeCell(string text) => text.Replace("|", "\\|");
    }
}
