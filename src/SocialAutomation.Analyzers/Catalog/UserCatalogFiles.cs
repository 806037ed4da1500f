using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>Finds user catalogs among AdditionalFiles: <c>SocialApis.txt</c> and <c>SocialApis.*.txt</c>, in path order.</summary>
    internal static class UserCatalogFiles
    {
        public static bool IsUserCatalog(string path)
        {
            var name = Path.GetFileName(path);
            if (!name.StartsWith("SocialApis", StringComparison.OrdinalIgnoreCase)
                || !name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var middle = name.Substring("SocialApis".Length, name.Length - "SocialApis".Length - ".txt".Length);
            return middle.Length == 0 || (middle.Length > 1 && middle[0] == '.');
        }

        public static ImmutableArray<AdditionalText> Select(ImmutableArray<AdditionalText> additionalFiles)
        {
            List<AdditionalText>? selected = null;
            foreach (var file in additionalFiles)
            {
                if (IsUserCatalog(file.Path))
                {
                    (selected ??= new List<AdditionalText>()).Add(file);
                }
            }

            if (selected == null)
            {
                return ImmutableArray<AdditionalText>.Empty;
            }

            selected.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return selected.ToImmutableArray();
        }
    }
}
