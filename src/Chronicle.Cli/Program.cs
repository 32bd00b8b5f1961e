using Chronicle.Cli;

return await ChronicleCli.RunAsync(args, Console.Out, Console.Error);
