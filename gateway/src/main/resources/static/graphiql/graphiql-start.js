// Starts GraphiQL against the gateway's /graphql. Every asset comes from the gateway (the
// WebJars in its jar), so it works without internet access. For queries that need a
// token, add {"Authorization": "Bearer <accessToken>"} in the Headers tab.
'use strict';
ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
	fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
	defaultEditorToolsVisibility: true,
	defaultQuery: '# The catalogue is public; orders and "me" need a token (Headers tab).\n'
		+ '{\n  categories(size: 5) {\n    content {\n      id\n      name\n    }\n  }\n}\n',
}));
