import QuotedriftEngine
let result = try ArticleLoader.load(paths: CommandLine.arguments.count > 1 ? Array(CommandLine.arguments.dropFirst()) : ["Articles"])
for a in result.articles { print("==", a.id, a.path); for s in a.sentences { print(s.paragraph, "|", a.text(s.start..<s.end)) } }
