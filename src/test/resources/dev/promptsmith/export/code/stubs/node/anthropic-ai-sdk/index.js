// A stand-in for the @anthropic-ai/sdk package: prints what the exported code passes to it, answers "ok".
export default class Anthropic {
  constructor(options) {
    console.log("CLIENT " + JSON.stringify({ api_key: options.apiKey, base_url: options.baseURL }));
    this.messages = {
      create: async (params) => {
        console.log("CALL " + JSON.stringify(params));
        if (params.tool_choice) {
          const input = params.tool_choice.name.endsWith("_json_value") ? { value: "ok" } : { label: "ok" };
          return { content: [{ type: "tool_use", input }] };
        }
        return { content: [{ type: "text", text: "o" }, { type: "text", text: "k" }] };
      },
    };
  }
}
