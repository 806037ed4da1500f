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

        /// <summary>The files that carry the table between the markers.</summary>
        public static readonly string[] Files = { "README.md", "docs/package-readme.md" };

        public static string Generate()
        {
            var fixable = PackageInventory.FixableIds();
            var table = new StringBuilder();
            table.Append("| ID | Title | Category | Default severity | Code fix |\n");
            table.Append("| --- | --- | --- | --- | --- |\n");
            foreach (var descriptor in PackageInventory.ImplementedDescriptors())
            {
                table.Append("| [").Append(descriptor.Id).Append("](").Append(descriptor.HelpLinkUri).Append(") | ")
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
