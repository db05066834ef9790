using System.Text;
using KforBot.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await new CliApplication(new CliContext(Console.In, Console.Out, Console.Error)).RunAsync(args);
