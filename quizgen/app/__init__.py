"""What only the Streamlit pages need: their context and Markdown escaping."""
