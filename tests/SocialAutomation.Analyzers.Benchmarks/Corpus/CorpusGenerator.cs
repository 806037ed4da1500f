using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SocialAutomation.Analyzers.Benchmarks.Corpus
{
    /// <summary>Deterministic corpora of about the requested number of lines.</summary>
    internal static class CorpusGenerator
    {
        /// <summary>Bot files: two bot templates and the ordinary code around them (about 330 lines each).</summary>
        public static SourceCorpus Bot(int lines, CorpusReferences references)
        {
            var files = new List<(string, string)>();
            var total = 0;
            for (var n = 0; total < lines; n++)
            {
                var id = n.ToString(CultureInfo.InvariantCulture);
                var templates = BotTemplates.All;
                var text = new StringBuilder()
                    .AppendLine("namespace App.Domain" + id)
                    .AppendLine("{")
                    .AppendLine("    using System;")
                    .AppendLine("    using System.Collections.Generic;")
                    .AppendLine("    using System.Globalization;")
                    .AppendLine("    using System.Linq;")
                    .AppendLine("    using System.Text;")
                    .AppendLine("    using System.Threading;")
                    .AppendLine("    using System.Threading.Tasks;")
                    .AppendLine(PlainCode.Types(id))
                    .AppendLine("}")
                    .AppendLine(templates[n % templates.Count](id))
                    .AppendLine(templates[(n + (templates.Count / 2) + 1) % templates.Count](id + "b"))
                    .ToString();
                files.Add(($"/corpus/bot/Bot{id}.cs", text));
                total += LineCount(text);
            }

            return new SourceCorpus("BotCorpus", files, references.Social);
        }

        /// <summary>Ordinary code only, compiled against the framework alone.</summary>
        public static SourceCorpus Plain(int lines, CorpusReferences references)
        {
            var files = new List<(string, string)>();
            var total = 0;
            for (var n = 0; total < lines; n++)
            {
                var text = PlainCode.File(n);
                files.Add(($"/corpus/plain/Domain{n.ToString(CultureInfo.InvariantCulture)}.cs", text));
                total += LineCount(text);
            }

            return new SourceCorpus("PlainCorpus", files, references.Framework);
        }

        private static int LineCount(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    count++;
                }
            }

            return count;
        }
    }
}
