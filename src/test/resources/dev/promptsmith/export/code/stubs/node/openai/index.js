// A stand-in for the openai package: prints what the exported code passes to it, answers "ok".
export default class OpenAI {
  constructor(options) {
    console.log("CLIENT " + JSON.stringify({ api_key: options.apiKey, base_url: options.baseURL }));
    this.chat = {
      completions: {
        create: async (params) => {
          console.log("CALL " + JSON.stringify(params));
          const content = params.response_format ? "{\"label\": \"ok\"}" : "ok";
          return { choices: [{ message: { content } }] };
        },
      },
    };
  }
}
